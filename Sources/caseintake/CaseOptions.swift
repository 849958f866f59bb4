import ArgumentParser
import Assessment
import Foundation
import Intake

/// The options every command that reads a case shares.
struct CaseOptions: ParsableArguments {
    @Argument(help: "Archives, folders or files the customer sent; several are one case.")
    var inputs: [String]

    @Option(name: .long, help: "Password of encrypted archives (also: CASEINTAKE_PASSWORD).")
    var password: String?

    @Option(name: .long, help: "A file whose lines are passwords to try.")
    var passwordFile: String?

    @Option(name: .long, help: "The case id (default: the first input's name).")
    var caseID: String?

    @Option(
        name: .customLong("tz"),
        help: "The customer's time zone for times without one (default: the earlier rounds' zone, else Asia/Tokyo).")
    var timeZone: String?

    /// The zone in use: `--tz`, else the zone the case's earlier rounds were read in (set by
    /// `report`), else Japan's.
    var zoneName: String { timeZone ?? "Asia/Tokyo" }

    @Option(name: .long, help: "A filled hearing sheet outside the archive.")
    var hearing: String?

    @Option(name: .long, help: "The symptom, if known: not-sent, garbled or other (overrides the hearing sheet).")
    var symptom: SymptomArgument?

    @Option(
        name: .long,
        help: "When the problem happened, e.g. '2026/11/20 10:05' (repeatable; else from the hearing sheet).")
    var incident: [String] = []

    @Option(name: .long, help: "The Normal Server sending the notifications (IP or host name; repeatable).")
    var server: [String] = []

    @Option(name: .long, help: "Minutes around each incident time whose events the report lists.")
    var window: Int = 30

    @Option(name: .long, help: "A checklist YAML file (default: the bundled ServerProtect checklist).")
    var checklist: String?

    @Option(name: .long, help: "A folder with checklists and templates that replaces the bundled one.")
    var templates: String?

    @Option(name: .long, help: "Stop reading after this many decompressed bytes in all (e.g. 64G).")
    var maxTotal: ByteCount = ByteCount(IntakeLimits.standard.totalBytes)

    @Option(name: .long, help: "Read at most this many decompressed bytes of one file (e.g. 16G).")
    var maxEntry: ByteCount = ByteCount(IntakeLimits.standard.entryBytes)

    @Option(name: .long, help: "Read at most this many entries.")
    var maxEntries: Int = IntakeLimits.standard.entries

    @Option(name: .long, help: "Open archives nested at most this deep.")
    var maxDepth: Int = IntakeLimits.standard.nestingDepth

    func validate() throws {
        guard TimeZone(identifier: zoneName) != nil else {
            throw ValidationError("Unknown time zone '\(zoneName)'; use a name like Asia/Tokyo or UTC.")
        }
        for time in incident where parser.dates(in: time).isEmpty {
            throw ValidationError("Cannot read the incident time '\(time)'; write it like 2026/11/20 10:05.")
        }
        guard (1...24 * 60).contains(window) else {
            throw ValidationError("--window takes minutes from 1 to 1440.")
        }
        if password != nil && passwordFile != nil {
            throw ValidationError("Give either --password or --password-file, not both.")
        }
    }

    /// Incident times given on the command line, in the customer's zone.
    var incidentDates: [Date] { incident.flatMap { parser.dates(in: $0) } }

    private var parser: LooseDateParser {
        let zone = TimeZone(identifier: zoneName) ?? TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return LooseDateParser(timeZone: zone, defaultYear: calendar.component(.year, from: Date()))
    }

    /// The passwords to try: the option, the file's lines, or the environment.
    func passwords() throws -> [String] {
        if let password { return [password] }
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw InputFailure("cannot read the password file \(passwordFile)")
            }
            return text.split(whereSeparator: \.isNewline).map { String($0) }.filter { !$0.isEmpty }
        }
        if let variable = ProcessInfo.processInfo.environment["CASEINTAKE_PASSWORD"], !variable.isEmpty {
            return [variable]
        }
        return []
    }

    func request() throws -> CaseRequest {
        var limits = IntakeLimits.standard
        limits.totalBytes = maxTotal.bytes
        limits.entryBytes = maxEntry.bytes
        limits.entries = maxEntries
        limits.nestingDepth = maxDepth
        return CaseRequest(
            inputs: inputs, passwords: try passwords(), limits: limits, caseID: caseID,
            timeZone: TimeZone(identifier: zoneName) ?? TimeZone(identifier: "UTC")!, timeZoneName: zoneName,
            serverAddresses: server)
    }
}

/// A symptom named on the command line.
enum SymptomArgument: String, ExpressibleByArgument, CaseIterable {
    case notSent = "not-sent"
    case garbled
    case other

    var symptom: Symptom { Symptom(rawValue: rawValue)! }
}

/// A size like `512M`, `16G` or a plain number of bytes.
struct ByteCount: ExpressibleByArgument {
    let bytes: Int64

    init(_ bytes: Int64) { self.bytes = bytes }

    init?(argument: String) {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        var text = argument.uppercased()
        var factor: Int64 = 1
        if let last = text.last, let unit = units[last] {
            factor = unit
            text.removeLast()
        }
        guard let number = Int64(text), number > 0 else { return nil }
        bytes = number.multipliedReportingOverflow(by: factor).overflow ? .max : number * factor
    }

    var defaultValueDescription: String { "\(bytes)" }
}

/// An input problem that ends the command with exit code 2 and one line on stderr.
struct InputFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
