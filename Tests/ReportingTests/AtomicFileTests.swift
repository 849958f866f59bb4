import Foundation
import Testing

@testable import Reporting

/// A report file is either absent, the old one, or the whole new one: never half written.
@Suite struct AtomicFileTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "atomic-\(UUID().uuidString)", isDirectory: true)
        try AtomicFile.prepareFolder(folder)
        return folder
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a staged file is not in place until committed, then holds every piece written")
    func stagedThenCommitted() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.write(Data("old".utf8), named: "summary.json", in: folder)
        let pieces = (0..<100).map { Data(repeating: UInt8(ascii: "a") + UInt8($0 % 26), count: 5000) }
        let staged = try AtomicFile.stage(named: "summary.json", in: folder) { sink in try pieces.forEach(sink.write) }
        #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == Data("old".utf8))
        try staged.commit()
        #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == Data(pieces.joined()))
        #expect(try names(in: folder) == ["summary.json"])
    }

    @Test("a discarded or failed staging leaves the folder as it was")
    func discarded() throws {
        struct Failure: Error {}
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.stage(named: "report.ja.html", in: folder) { try $0.write(Data("x".utf8)) }.discard()
        #expect(
            throws: Failure.self,
            performing: {
                _ = try AtomicFile.stage(named: "summary.json", in: folder) { sink in
                    try sink.write(Data("{".utf8))
                    throw Failure()
                }
            })
        #expect(try names(in: folder).isEmpty)
    }
}
