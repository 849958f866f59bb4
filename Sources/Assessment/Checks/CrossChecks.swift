import Formats
import Foundation

/// Checks across files: do they come from the same server?
enum CrossChecks {
    static func findings(_ context: CheckContext) -> [Finding] {
        computerNames(context) + mailServerIdentity(context)
    }

    /// Do the capture's SMTP sessions and the telnet greeting name the mail server of the hearing sheet?
    static func mailServerIdentity(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let sessions = context.files.compactMap { $0.facts.capture }.flatMap(\.smtpSessions)
        if let address = context.field("mail-server-ip"), !sessions.isEmpty {
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
        if let answered = context.field("mail-server-application"), let seen = applications.first,
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

    /// Do the msinfo32 export and the event logs come from one computer?
    static func computerNames(_ context: CheckContext) -> [Finding] {
        var names: [String: Set<String>] = [:]  // computer name → where it was seen
        for file in context.files {
            if let summary = file.facts.systemInformation, let name = summary.systemName {
                names[name.uppercased(), default: []].insert(file.path.fileName)
            }
            if let summary = file.facts.eventLog,
                ["application", "system"].contains(summary.channel?.lowercased() ?? "")
            {
                for computer in summary.computers.prefix(1) {
                    let short = computer.split(separator: ".").first.map(String.init) ?? computer
                    names[short.uppercased(), default: []].insert(file.path.fileName)
                }
            }
        }
        guard names.count > 1 else { return [] }
        let list = names.keys.sorted().joined(separator: ", ")
        return [
            Finding(
                .warning, "case.several-computers",
                LocalizedText(
                    ja: "資料に複数のコンピュータ名（\(list)）が含まれています。同じサーバから取得した資料か確認してください。",
                    en: "The files name several computers (\(list)); check they all come from the same server."))
        ]
    }
}
