import Foundation
import Intake

/// Everything the engineer tells caseintake about one case.
public struct CaseRequest: Sendable {
    /// Archives, folders or files as given; several inputs are one case.
    public var inputs: [String]
    /// Passwords to try on encrypted entries, in order.
    public var passwords: [String]
    public var limits: IntakeLimits
    /// The case id; derived from the first input's name when nil.
    public var caseID: String?
    /// The customer's time zone, for times without a zone (hearing sheet, SPNT.log, syslog).
    public var timeZone: TimeZone
    /// The zone's name as the engineer gave it, for the report and summary.json (Foundation on
    /// Linux names UTC "GMT").
    public var timeZoneName: String
    /// The Normal Server that sends the notifications (IP addresses or host names), when known:
    /// mail-server logs are followed for it.
    public var serverAddresses: [String]
    /// Where `serverAddresses` came from, as the report names it: `--server`, or an earlier round.
    public var serverSource = "--server"
    /// The mail server's names and addresses as earlier rounds of the case identified them, and
    /// where the report says they came from.
    public var earlierMailServer: [String] = []
    public var earlierMailServerSource = ""
    /// Take the SHA-256 of every input and file. Only what is written down shows digests (the
    /// report, summary.json, the rounds that follow); `check` prints none and reads faster without.
    public var takesDigests = true

    public init(
        inputs: [String], passwords: [String] = [], limits: IntakeLimits = .standard, caseID: String? = nil,
        timeZone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!, timeZoneName: String? = nil,
        serverAddresses: [String] = []
    ) {
        self.serverAddresses = serverAddresses
        self.inputs = inputs
        self.passwords = passwords
        self.limits = limits
        self.caseID = caseID
        self.timeZone = timeZone
        self.timeZoneName = timeZoneName ?? timeZone.identifier
    }

    /// The case id to use: the one given, or the first input's name without its extensions,
    /// reduced to characters that are safe as a folder name.
    public var resolvedCaseID: String {
        let raw =
            caseID ?? inputs.first.map { path -> String in
                let name = URL(fileURLWithPath: path).lastPathComponent
                return name.split(separator: ".").first.map(String.init) ?? name
            } ?? "case"
        return Self.safeFolderName(raw)
    }

    /// Keeps letters (any script), digits, `-`, `_` and `.`; never `.`/`..` or an empty name.
    public static func safeFolderName(_ raw: String) -> String {
        let kept = String(
            raw.unicodeScalars.map { scalar -> Character in
                let allowed = CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar)
                return allowed ? Character(scalar) : "_"
            }.prefix(80))
        return kept.isEmpty || kept.allSatisfy({ $0 == "." }) ? "case" : kept
    }
}
