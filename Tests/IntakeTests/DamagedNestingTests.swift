import CaseFixtures
import Foundation
import Testing

@testable import Intake

@Suite struct DamagedNestingTests {
    @Test("a damaged zip inside the zip is still listed as an archive, with the damage as a problem")
    func damagedInner() throws {
        let folder = try ScratchFolder()
        var inner = ZipWriter()
        try inner.addFile(name: .utf8("System.evtx"), contents: [UInt8](repeating: 1, count: 4000), method: .stored)
        let broken = Array(try inner.finish().prefix(60))  // the local header and a few data bytes
        var outer = ZipWriter()
        try outer.addFile(name: .utf8("logs.zip"), contents: broken, method: .stored)
        try outer.addFile(name: .utf8("memo.txt"), contents: Array("after".utf8))
        let path = try folder.write("case.zip", try outer.finish())
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([path], visitor: visitor)
        let entry = try #require(visitor.entry("\(caseName(path))!/logs.zip"))
        #expect(entry.archiveFormat != nil)
        #expect(!result.problems.isEmpty)
        #expect(visitor.text("\(caseName(path))!/memo.txt") == "after")
    }
}
