import Testing

@testable import Intake

@Suite struct CasePathTests {
    @Test("a path inside nested archives is written outer!/dir/inner!/file")
    func nestedPath() {
        let path = CasePath(input: "case.zip").entry("logs/evtx.zip").entry("System.evtx")
        #expect(path.description == "case.zip!/logs/evtx.zip!/System.evtx")
        #expect(path.fileName == "System.evtx")
        #expect(path.folderNames == ["case.zip", "logs", "evtx.zip"])
        #expect(path.depth == 2)
    }

    @Test("a file in a folder input stays in the input's layer")
    func folderChild() {
        let path = CasePath(input: "received/").child("イベントログ/System.evtx")
        #expect(path.description == "received/イベントログ/System.evtx")
        #expect(path.folderNames == ["received", "イベントログ"])
    }
}

extension CasePathTests {
    @Test("where the engineer stored the case is not a name hint; the input's own name is")
    func inputFolders() {
        let path = CasePath(input: "/srv/cases/versions/shot.zip").entry("画像/a.png")
        #expect(path.folderNames == ["shot.zip", "画像"])
        #expect(CasePath(input: "received").child("a/b.txt").folderNames == ["received", "a"])
    }
}
