import Formats
import Foundation
import Intake

/// Recognises and inspects every file Intake streams, and keeps the inventory of the case.
public final class CaseExaminer: CaseVisitor {
    /// Every entry closed so far, in walk order.
    public private(set) var files: [ReceivedFile] = []
    private var open: [CasePath: (recognition: Recognition, inspection: Inspection?)] = [:]

    private let context: InspectionContext

    /// - Parameters:
    ///   - timeZone: the customer's zone, for logs whose times carry none.
    ///   - serverAddresses: the Normal Server's IP addresses or host names, when known.
    ///   - events: which event log records to keep for the report.
    public init(
        timeZone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!, serverAddresses: [String] = [],
        events: EventSelection = EventSelection()
    ) {
        context = InspectionContext(timeZone: timeZone, serverAddresses: serverAddresses, keepEvent: events.predicate)
    }

    public func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        let recognition = EvidenceRecognizer.recognize(path: header.path, head: head)
        // The parts of an .xlsx inside the case are kept for a returned Excel hearing sheet.
        let inspection =
            WorkbookPart.matches(layers: header.path.layers, head: head).map {
                WorkbookPartInspection(name: $0, workbook: header.path, budget: context.retention)
            } ?? Inspections.make(for: recognition.kind, modified: header.modified, in: context)
        open[header.path] = (recognition, inspection)
        return inspection
    }

    public func close(_ entry: ReceivedEntry) {
        let opened = open.removeValue(forKey: entry.path)
        let recognition: Recognition
        if entry.archiveFormat != nil {
            recognition = Recognition(.archive, .content)
        } else if let opened {
            recognition = opened.recognition
        } else if entry.type == .file {
            // Never opened (encrypted without a password, an archive too deep): the name is all there is.
            recognition = EvidenceRecognizer.recognize(
                path: entry.path, head: UnsafeRawBufferPointer(start: nil, count: 0))
        } else {
            recognition = Recognition(.unknown, .name)
        }
        var findings = entry.problems.map(\.finding)
        if let note = recognition.note { findings.append(note) }
        findings += opened?.inspection?.findings ?? []
        let facts: FileFacts = entry.archiveFormat.map { .archive(format: $0) } ?? opened?.inspection?.facts ?? .none
        files.append(
            ReceivedFile(
                path: entry.path, kind: recognition.kind, recognizedBy: recognition.basis, bytes: entry.bytes,
                sha256: entry.sha256, isReadable: entry.isWhole, entryType: entry.type, facts: facts,
                findings: findings, declaredSize: entry.header.declaredSize))
    }
}
