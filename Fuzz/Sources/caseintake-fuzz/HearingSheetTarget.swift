import Assessment
import Formats
import Foundation

/// The hearing sheet as the assessment reads it: the kept head decoded as text, then read through
/// cmark's tree against the default checklist.
enum HearingSheetTarget {
    static let checklist: Checklist = {
        guard let folder = TemplateFolder.locate(),
            let checklist = try? ChecklistLoader.load(
                contentsOf: folder.appendingPathComponent(TemplateFolder.defaultChecklist))
        else { fatalError("the default checklist could not be loaded: set CASEINTAKE_TEMPLATES") }
        return checklist
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = TextDecoding.decodeHead(Array(bytes))
        _ = HearingSheetReader.read(text, source: "fuzz/hearing.md", checklist: checklist, timeZone: FuzzTargets.tokyo)
    }
}
