import Assessment
import Foundation
import Reporting

/// Fills a blank hearing sheet the way a customer does: each placeholder, in order, replaced by
/// an answer (nil keeps the placeholder), and a symptom ticked.
enum SheetFiller {
    static func fill(_ blank: String, language: ReportLanguage, answers: [String?], tick symptom: String?) -> String {
        let placeholder = language == .ja ? "（未記入）" : "(not answered)"
        var remaining = answers[...]
        var lines: [String] = []
        for line in blank.components(separatedBy: "\n") {
            var line = line
            if line.hasSuffix(placeholder), let next = remaining.popFirst() {
                if let answer = next { line = String(line.dropLast(placeholder.count)) + answer }
            }
            if let symptom, line == "- [ ] \(symptom)" { line = "- [x] \(symptom)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The placeholders of a sheet, in order: 9 questions, then the fields as the sheet lists them.
    static func placeholderCount(_ blank: String, language: ReportLanguage) -> Int {
        let placeholder = language == .ja ? "（未記入）" : "(not answered)"
        return blank.components(separatedBy: "\n").filter { $0.hasSuffix(placeholder) }.count
    }

    /// Answers for every placeholder of the Japanese sheet (questions 1-1…1-9, then fields in sheet order:
    /// versions ×3, mail server ×4, telnet, IP, computer name, timeline).
    static let completeJapaneseAnswers: [String?] = [
        "ウイルス検出時の通知メールが届きません。", "2026/11/20 10:05", "毎回発生します（これまでに 5 回）。", "2 台中 1 台で発生します。",
        "ウイルスを検出したときに発生します。", "Windows Server 2019 Standard", "設定の相違はございません。", "11/18 に Windows Update を適用しました。",
        "サービスを再起動しました（2026/11/20 10:30）。",
        "5.8 Build 1234", "12.000.1008", "19.123.00",
        "Postfix", "3.5.6", "Red Hat Enterprise Linux 8", "mail.example.co.jp",
        "220 mail.example.co.jp ESMTP Postfix",
        "192.0.2.25", "mail",
        "2026/11/20 10:05 事象を再現\n2026/11/20 10:07 イベントを確認",
    ]
}
