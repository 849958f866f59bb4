import Formats
import Foundation

/// Checks across files that concern the hearing sheet's answers (which computer each file comes
/// from is the Correlate stage's `identity.other-computer`).
enum CrossChecks {
    static func findings(_ context: CheckContext) -> [Finding] {
        mailServerIdentity(context)
    }

    /// Do the capture's SMTP sessions and the telnet greeting name the mail server of the hearing sheet?
    static func mailServerIdentity(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let sessions = context.files.compactMap { $0.facts.capture }.flatMap(\.smtpSessions)
        if let address = context.stated("mail-server-ip"), !sessions.isEmpty {
            let servers = Set(sessions.map { $0.server.split(separator: ":").dropLast().joined(separator: ":") })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
            if !servers.contains(address) {
                let list = servers.sorted().joined(separator: ", ")
                findings.append(context.finding(.caseCaptureOtherMailServer, ["servers": list, "address": address]))
            }
        }
        // The telnet greeting first, else the first session's banner that names its software.
        let seen =
            context.files.lazy.compactMap { $0.facts.telnet?.server?.application }.first
            ?? sessions.lazy.compactMap {
                $0.banner.flatMap { MailServerIdentity.parseBanner("220 " + $0)?.application }
            }
            .first
        if let answered = context.stated("mail-server-application"), let seen,
            !answered.lowercased().contains(seen.lowercased()), !seen.lowercased().contains(answered.lowercased())
        {
            findings.append(context.finding(.caseMailServerApplicationDiffers, ["seen": seen, "answered": answered]))
        }
        return findings
    }
}
