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
