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

    /// - Parameters:
    ///   - servers: the Normal Server as the engineer names it (`--server`).
    ///   - passwords: passwords for encrypted archives in the folder.
    func assess(symptom: Symptom? = nil, servers: [String] = [], passwords: [String] = []) -> CaseAssessment {
        defer { try? FileManager.default.removeItem(at: url) }
        let examination = CaseExamination.examine(
            CaseRequest(inputs: [url.path], passwords: passwords, serverAddresses: servers))
        return CaseAssessor.assess(examination, checklist: Self.checklist, symptom: symptom)
    }
}

extension CaseAssessment {
    func item(_ number: Int) -> ItemVerdict { items.first { $0.item.number == number }! }
}
