import Formats

/// What a stored mail says about garbled characters (item 5), in the engineer's words.
enum MailFindings {
    static func findings(for summary: MailMessageSummary, in phrases: Phrasebook = .standard) -> [Finding] {
        summary.hints.map { hint in Finding(.mail(hint.code), ["detail": hint.detail], in: phrases) }
    }
}
