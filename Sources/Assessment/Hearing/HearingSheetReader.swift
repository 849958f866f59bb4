import Foundation

/// Reads a filled hearing sheet (caseintake's questionnaire as the customer sent it back: the
/// Markdown file edited, pasted into a mail, quoted in a reply with `>`) line by line: which
/// questions are answered, the symptom, the fields, the incident time and the timeline.
///
/// Line by line rather than through a Markdown tree because customers do not keep Markdown: an
/// answer follows the question on its line (`→`, `：`), stays under or replaces `（未記入）`, a
/// timeline starts its lines with `・` or `1.`, a mail client quotes every line.
public enum HearingSheetReader {
    /// - Parameter defaultYear: the year for dates written without one when the sheet names none
    ///   (e.g. the year of the mail that carried it); else the current year.
    public static func read(
        _ text: String, source: String, checklist: Checklist, timeZone: TimeZone, defaultYear: Int? = nil
    ) -> HearingAnswers {
        var collector = SheetCollector(checklist: checklist)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            collector.take(SheetLine.unquoted(String(line)))
        }
        let sheet = collector.finish()
        return answers(
            from: sheet, source: source, checklist: checklist, timeZone: timeZone,
            defaultYear: LooseDateParser.firstYear(in: text) ?? defaultYear)
    }

    /// What a sheet's gathered answers mean: flags, the symptom (chosen or inferred), the
    /// timeline and the incident time. The Markdown sheet and the Excel workbook both end here.
    /// Dates without a year take `defaultYear`, else the first year the answers name.
    static func answers(
        from sheet: SheetCollector.Sheet, source: String, checklist: Checklist, timeZone: TimeZone, defaultYear: Int?
    ) -> HearingAnswers {
        let yearText = (sheet.answers.values.sorted() + sheet.fields.values.sorted()).joined(separator: "\n")
        let year = defaultYear ?? LooseDateParser.firstYear(in: yearText) ?? currentYear(in: timeZone)
        let parser = LooseDateParser(timeZone: timeZone, defaultYear: year)
        let timeline = (sheet.fields["timeline"] ?? "").split(whereSeparator: \.isNewline).compactMap { line in
            parser.leadingDate(in: String(line)).map { TimelineEntry(time: $0.date, text: $0.rest) }
        }
        let (incidentTimes, incidentSource) = incidentTimes(sheet, parser: parser)

        var flags: [String: AnswerFlag] = [:]
        for (id, answer) in sheet.answers.merging(sheet.fields, uniquingKeysWith: { answer, _ in answer }) {
            if let flag = AnswerWords.flag(of: answer) { flags[id] = flag }
        }
        var symptom = sheet.symptom ?? .unknown
        var inferred = false
        if sheet.symptom == nil, let what = sheet.answers["what"],
            let words = SymptomChoice.inferred(from: what, words: checklist.symptomWords),
            checklist.symptoms[words] != nil
        {
            symptom = words
            inferred = true
        }
        return HearingAnswers(
            source: source, symptom: symptom, answers: sheet.answers, fields: sheet.fields,
            incidentTimes: incidentTimes, timeline: timeline, symptomInferred: inferred, flags: flags,
            incidentTimeSource: incidentSource)
    }

    /// 1-2 first; else the first timeline line with a time; else the first time in the answer to 1-1.
    private static func incidentTimes(_ sheet: SheetCollector.Sheet, parser: LooseDateParser) -> (
        [Date], IncidentTimeSource?
    ) {
        for id in ["when", "timeline", "what"] {
            let text = sheet.answers[id] ?? sheet.fields[id] ?? ""
            for line in text.split(whereSeparator: \.isNewline) {
                let found =
                    id == "timeline"
                    ? parser.leadingDate(in: String(line)).map { [$0.date] } ?? [] : parser.dates(in: String(line))
                guard !found.isEmpty else { continue }
                // 1-2 may name several occurrences: all of its times count.
                let times = id == "when" ? parser.dates(in: text) : found
                return (times, IncidentTimeSource(id: id, line: String(line)))
            }
        }
        return ([], nil)
    }

    private static func currentYear(in timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: Date())
    }
}
