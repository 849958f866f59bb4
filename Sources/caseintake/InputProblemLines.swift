import Intake

/// One line per unreadable input for stderr, naming the archive and what to do.
enum InputProblemLines {
    /// - Parameter given: the path given on the command line for each input's name in the case,
    ///   so that the terminal names the file the engineer typed (the reports never do).
    static func lines(for problems: [IntakeProblem], japanese: Bool, given: [String: String] = [:]) -> [String] {
        var seen = Set<String>()
        var lines: [String] = []
        for problem in problems {
            // One line per input and kind of problem, however many entries share it.
            let named = CasePathText.archive(of: problem.path)
            guard seen.insert("\(named)|\(problem.code.rawValue)").inserted else { continue }
            let count = problems.filter { $0.code == problem.code && CasePathText.archive(of: $0.path) == named }
                .count
            let input = problem.path.layers[0]
            let archive = given[input].map { $0 + named.dropFirst(input.count) } ?? named
            lines.append("caseintake: " + TerminalText.safe(english(problem, archive: archive, count: count)))
            if japanese {
                lines.append("caseintake: " + TerminalText.safe(japaneseText(problem, archive: archive, count: count)))
            }
        }
        return lines
    }

    private static func english(_ problem: IntakeProblem, archive: String, count: Int) -> String {
        let entries = count == 1 ? "1 entry" : "\(count) entries"
        switch problem.code {
        case .inputNotFound: return "\(archive): not found (\(problem.detail)); check the path."
        case .inputUnreadable: return "\(archive): cannot be read (\(problem.detail))."
        case .archiveCorrupt:
            return
                "\(archive): damaged or truncated (\(problem.detail)); what was readable is in the report; ask the customer to send it again."
        case .encryptedNoPassword:
            return
                "\(archive): \(entries) encrypted and no password given; pass --password, --password-file or set CASEINTAKE_PASSWORD."
        case .wrongPassword:
            return "\(archive): the password does not open \(entries); check the password the customer sent."
        case .unsupportedEncryption:
            return
                "\(archive): encrypted in a way libarchive cannot decrypt (\(problem.detail)); ask for a password ZIP instead."
        default:
            return "\(archive): \(problem.detail)"
        }
    }

    private static func japaneseText(_ problem: IntakeProblem, archive: String, count: Int) -> String {
        switch problem.code {
        case .inputNotFound: return "\(archive): 見つかりません。パスを確認してください。"
        case .inputUnreadable: return "\(archive): 読み取れません（\(problem.detail)）。"
        case .archiveCorrupt: return "\(archive): 破損しているか途中で切れています。お客様に再送付を依頼してください。"
        case .encryptedNoPassword:
            return
                "\(archive): \(count) 件が暗号化されています。--password、--password-file または CASEINTAKE_PASSWORD でパスワードを指定してください。"
        case .wrongPassword: return "\(archive): パスワードが違います（\(count) 件）。お客様から届いたパスワードを確認してください。"
        case .unsupportedEncryption: return "\(archive): 復号できない暗号化方式です。パスワード付き ZIP での再送付を依頼してください。"
        default: return "\(archive): \(problem.detail)"
        }
    }
}

/// How the command line names the archive a problem is in.
enum CasePathText {
    /// `case.zip` for its entries, `case.zip!/inner.zip` for the entries of a nested archive.
    static func archive(of path: CasePath) -> String {
        path.layers.count > 1 ? path.layers.dropLast().joined(separator: "!/") : path.layers[0]
    }
}
