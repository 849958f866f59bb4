import Intake

/// Keeps one part of an .xlsx (bounded, and counted against the case's budget for hearing
/// sheets) and parses it when it ends.
final class WorkbookPartInspection: Inspection {
    private let name: WorkbookPart.Name
    private let workbook: String
    private let budget: RetentionBudget
    private var bytes: [UInt8] = []
    private var truncated = false
    private var part: WorkbookPart?

    init(name: WorkbookPart.Name, workbook path: CasePath, budget: RetentionBudget) {
        self.name = name
        self.workbook = path.layers.dropLast().joined(separator: "!/")
        self.budget = budget
    }

    override var facts: FileFacts { part.map { .workbookPart($0) } ?? .none }

    override func write(_ block: UnsafeRawBufferPointer) {
        let room = WorkbookPart.limit - bytes.count
        if block.count > room { truncated = true }
        bytes.append(contentsOf: block.prefix(max(0, room)))
    }

    override func finish(complete: Bool) {
        defer { bytes = [] }
        // A cut XML part still parses up to the cut; past the case's budget it is not read.
        guard budget.takeSheet(bytes.count) else { return }
        let (content, cut) = WorkbookPartParser.parse(bytes, name: name)
        part = WorkbookPart(workbook: workbook, content: content, truncated: truncated || cut || !complete)
    }
}
