import CaseFixtures
import Formats
import Foundation
import Testing

/// The build ServerProtect's own lines name: what was running when the log was written.
@Suite struct SpntLogBuildTests {
    static func read(_ text: String) -> SpntLogSummary {
        EvidenceTestSupport.parse(SpntLogReader(), Array(text.utf8))
    }

    @Test("the fixture log's service start names build 1234", arguments: SpntLogWriter.Outcome.allCases)
    func fixture(outcome: SpntLogWriter.Outcome) {
        let summary = EvidenceTestSupport.parse(SpntLogReader(), SpntLogWriter.log(outcome: outcome), blockSize: 5)
        #expect(summary.productBuilds == ["1234"])
    }

    @Test("builds are distinct, in order of first appearance, and only from the product's own lines")
    func distinct() {
        let summary = Self.read(
            """
            2026/11/20 09:00:00.000 [SpntSvc] ServerProtect service started (build 1234)
            2026/11/20 09:10:00.000 Windows 10.0.17763 build 17763
            2026/11/20 09:20:00.000 [SpntSvc] ServerProtect service started (Build: 1300)
            2026/11/20 09:30:00.000 [SpntSvc] ServerProtect service started (build 1234)

            """)
        #expect(summary.productBuilds == ["1234", "1300"])
    }

    @Test("at most 8 builds are kept, and absurd digit runs are none")
    func bounded() {
        var text = ""
        for build in 1000..<1020 { text += "2026/11/20 09:00:00.000 ServerProtect started build \(build)\n" }
        text += "2026/11/20 09:00:00.000 ServerProtect started build 12345678901234\n"
        #expect(Self.read(text).productBuilds == (1000..<1008).map(String.init))
        #expect(Self.read("2026/11/20 09:00:00.000 ServerProtect build 12345678901234\n").productBuilds.isEmpty)
    }
}
