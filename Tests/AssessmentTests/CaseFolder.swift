import Foundation

@testable import Assessment

/// A case written as a folder of files, examined and assessed against the bundled checklist.
struct CaseFolder {
    let url: URL

    init(_ files: [String: [UInt8]]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("case-\(UUID().uuidString)")
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    static let checklist = try! ChecklistLoader.load(
        contentsOf: TemplateFolder.locate()!.appendingPathComponent(TemplateFolder.defaultChecklist))

    func assess(symptom: Symptom? = nil) -> CaseAssessment {
        defer { try? FileManager.default.removeItem(at: url) }
        let examination = CaseExamination.examine(CaseRequest(inputs: [url.path]))
        return CaseAssessor.assess(examination, checklist: Self.checklist, symptom: symptom)
    }
}

extension CaseAssessment {
    func item(_ number: Int) -> ItemVerdict { items.first { $0.item.number == number }! }
}
