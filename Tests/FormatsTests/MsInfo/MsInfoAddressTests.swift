import CaseFixtures
import Formats
import Foundation
import Testing

/// The adapters' IP addresses, which say which machine an msinfo32 export describes.
@Suite struct MsInfoAddressTests {
    @Test(
        "the fixture's adapter address is read from text exports and .nfo in both languages, at any block size",
        arguments: MsInfoWriter.Language.allCases, [7, 65536])
    func fixture(language: MsInfoWriter.Language, blockSize: Int) {
        let text = EvidenceTestSupport.parse(
            MsInfoTextReader(), MsInfoWriter.textExport(language: language), blockSize: blockSize)
        #expect(text.ipAddresses == ["192.0.2.10"])
        let nfo = EvidenceTestSupport.parse(
            MsInfoNfoReader(), MsInfoWriter.nfo(language: language), blockSize: blockSize)
        #expect(nfo.ipAddresses == ["192.0.2.10"])
    }

    @Test("a first screen of the summary only has no addresses")
    func summaryOnly() {
        let text = EvidenceTestSupport.parse(
            MsInfoTextReader(), MsInfoWriter.textExport(language: .english, complete: false))
        #expect(text.ipAddresses.isEmpty)
        #expect(text.systemName == "SPNT-SV01")
    }

    @Test(
        "the AWS machine's export names its adapter address 172.31.15.75",
        .enabled(if: EvidenceTestSupport.samplesAvailable, "../shared/samples is absent: sample test skipped"))
    func awsSample() throws {
        let bytes = try EvidenceTestSupport.sample("msinfo32/aws-g2.2xlarge-msinfo32.txt")
        let summary = EvidenceTestSupport.parse(MsInfoTextReader(), bytes)
        #expect(summary.ipAddresses.contains("172.31.15.75"), "\(summary.ipAddresses)")
        #expect(summary.ipAddresses.allSatisfy { !$0.isEmpty && $0.count <= 45 })
    }
}
