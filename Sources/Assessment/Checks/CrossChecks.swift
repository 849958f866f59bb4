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
                findings.append(
                    Finding(
                        .warning, "case.capture-other-mail-server",
                        LocalizedText(
                            ja:
                                "パケットデータの SMTP 通信の相手（\(list)）に、ヒアリングシートのメールサーバ（\(address)）が含まれていません。取得したサーバや期間をご確認ください。",
                            en:
                                "The capture's SMTP sessions go to \(list), not to the mail server of the hearing sheet (\(address)); check where and when it was captured."
                        )))
            }
        }
        let applications =
            context.files.compactMap { $0.facts.telnet?.server?.application }
            + sessions.compactMap { $0.banner.flatMap { MailServerIdentity.parseBanner("220 " + $0)?.application } }
        if let answered = context.stated("mail-server-application"), let seen = applications.first,
            !answered.lowercased().contains(seen.lowercased()), !seen.lowercased().contains(answered.lowercased())
        {
            findings.append(
                Finding(
                    .warning, "case.mail-server-application-differs",
                    LocalizedText(
                        ja: "メールサーバの応答（\(seen)）が、ヒアリングシートのアプリケーション名（\(answered)）と異なります。",
                        en: "The mail server greets as \(seen), while the hearing sheet names \(answered).")))
        }
        return findings
    }
}
