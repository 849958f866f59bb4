import CaseFixtures
import Foundation
import Testing

@testable import Intake

/// Paths start at the input's own name: the folders a case was read from never reach a report.
@Suite struct InputNamesTests {
    @Test(
        "an input is named by its own file or folder name",
        arguments: [
            ("/srv/received/case.zip", "case.zip"), ("received/", "received"), ("case.zip", "case.zip"),
            ("/srv/received//イベントログ//", "イベントログ"),
        ])
    func ownName(input: String, name: String) {
        #expect(InputNames.names(for: [input]) == [name])
    }

    @Test("`.` and `..` are named by the folder they stand for")
    func dotFolders() {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        #expect(InputNames.ownName(".") == current.lastPathComponent)
        #expect(InputNames.ownName("..") == current.deletingLastPathComponent().lastPathComponent)
    }

    @Test("two inputs of the same name in different folders stay distinguishable")
    func sameNames() {
        #expect(
            InputNames.names(for: ["/a/case.zip", "/b/case.zip", "case.zip (2)", "/c/case.zip"])
                == ["case.zip", "case.zip (2)", "case.zip (2) (2)", "case.zip (3)"])
    }

    @Test("a walk over two same-named archives from absolute paths names their files from the input's name")
    func walkNames() throws {
        let folder = try ScratchFolder()
        var tar = TarWriter()
        try tar.addFile(name: "SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8))
        let bytes = try tar.finish()
        let first = try folder.write("mail1/case.tar", bytes)
        let second = try folder.write("mail2/case.tar", bytes)
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([first, second], visitor: visitor)
        #expect(result.inputs.map(\.path) == ["case.tar", "case.tar (2)"])
        #expect(visitor.closed.map(\.path.description) == ["case.tar!/SPNT.log", "case.tar (2)!/SPNT.log"])
        #expect(!visitor.closed.contains { $0.path.description.contains(folder.url.path) })
    }
}
