import Formats
import Foundation

/// Finds the case's filled hearing sheets wherever customers put them: a sheet file, a sheet
/// pasted into a mail or quoted in a reply (`.eml`, `.msg`), a returned workbook (`.xlsx`).
enum HearingSheetSources {
    /// Every sheet in the case, read, in walk order.
    static func sheets(in files: [ReceivedFile], checklist: Checklist, timeZone: TimeZone) -> [HearingAnswers] {
        var sheets: [HearingAnswers] = []
        var parts: [WorkbookPart] = []
        for file in files {
            switch file.facts {
            case .hearingSheet(let text):
                sheets.append(
                    HearingSheetReader.read(
                        text.text, source: file.path.description, checklist: checklist, timeZone: timeZone))
            case .mail(let summary):
                guard let body = summary.bodyText, HearingSheetSignature.matches(decodedHead: body) else { continue }
                sheets.append(
                    HearingSheetReader.read(
                        body, source: file.path.description, checklist: checklist, timeZone: timeZone,
                        defaultYear: summary.date.flatMap(year(ofMailDate:))))
            case .workbookPart(let part):
                parts.append(part)
            default:
                continue
            }
        }
        for (path, book) in HearingWorkbookReader.workbooks(in: parts) {
            guard let sheet = HearingWorkbookReader.sheet(book, checklist: checklist) else { continue }
            sheets.append(
                HearingSheetReader.answers(
                    from: sheet, source: path, checklist: checklist, timeZone: timeZone, defaultYear: nil))
        }
        return sheets
    }

    /// The year of an RFC 5322 date (`Fri, 20 Nov 2026 10:30:00 +0900`).
    static func year(ofMailDate date: String) -> Int? {
        guard let range = date.range(of: #"\b(19|20)\d{2}\b"#, options: .regularExpression) else { return nil }
        return Int(date[range])
    }
}
