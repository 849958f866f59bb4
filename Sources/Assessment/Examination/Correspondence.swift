import Intake

extension CaseExamination {
    /// The customer's own mails that brought the case: a mail whose attachments are files of the
    /// case (`返信.eml!/調査資料.zip`), or whose text gave the password that opened an archive.
    /// They are how the material arrived, not evidence of the incident: not the notification mail
    /// of the checklist, and their dates are no time range to hold against the incident.
    public var correspondence: Set<CasePath> {
        let mails = files.filter { $0.kind == .mailEml || $0.kind == .mailMsg }
        guard !mails.isEmpty else { return [] }
        var carriers = Set<[String]>()
        for file in files where file.path.layers.count > 1 {
            carriers.insert(Array(file.path.layers.dropLast()))
        }
        let passwordMails = Set(intakeProblems.filter { $0.code == .passwordFromMail }.map(\.detail))
        return Set(
            mails.filter { carriers.contains($0.path.layers) || passwordMails.contains($0.path.description) }.map(
                \.path))
    }
}
