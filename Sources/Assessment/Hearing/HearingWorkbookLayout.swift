/// The agreement between the Excel hearing sheet caseintake writes and the reader of the
/// returned workbook: a hidden column D names what each row answers, so that a row keeps its
/// meaning whatever the customer retypes in columns A and B. The words of the sheet (its name
/// too) are `Templates/hearing/hearing-workbook.<lang>.txt.mustache`'s.
public enum HearingWorkbookLayout {
    /// The hidden sheet that carries the marker (A1) and the checklist id (B1).
    public static let markerSheetName = "caseintake"
    /// Column D's value on the symptom row.
    public static let symptomKey = "symptom"
    /// Column D's value on each timeline row (A date, B time, C what happened).
    public static let timelineKey = "timeline"
    /// The marker, as in the Markdown sheet.
    public static let marker = HearingSheetSignature.marker

    /// Column D's value on a question's row.
    public static func questionKey(_ id: String) -> String { "question:" + id }
    /// Column D's value on a field's row.
    public static func fieldKey(_ id: String) -> String { "field:" + id }
}
