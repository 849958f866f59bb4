import Formats
import Foundation
import Testing

/// The real msinfo32 exports of the shared corpus; expectations are MANIFEST.md's ground truth.
@Suite(.enabled(if: EvidenceTestSupport.samplesAvailable, "../shared/samples is absent: sample tests skipped"))
struct MsInfoSampleTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var osName: String
        var osVersion: String
        var osBuild: String
        var systemName: String
        var manufacturer: String
        var model: String
        var language: String
        var encoding: TextEncoding
        var description: String { file }
    }

    static let textExports: [Expectation] = [
        .init(
            file: "aws-g2.2xlarge-msinfo32.txt", osName: "Microsoft Windows Server 2012 R2 Standard",
            osVersion: "6.3.9600", osBuild: "9600", systemName: "WIN-5BRNFRHGI65", manufacturer: "Xen",
            model: "HVM domU", language: "en", encoding: .utf8),
        .init(
            file: "eunos-blades-msinfo32.txt", osName: "Microsoft Windows 10 Enterprise LTSC",
            osVersion: "10.0.17763", osBuild: "17763", systemName: "DESKTOP-IPC1ORD", manufacturer: "Acer",
            model: "Aspire TC-605", language: "en", encoding: .utf16LE),
        .init(
            file: "monitorproblem-msinfo32.txt", osName: "Microsoft Windows 10 Home",
            osVersion: "10.0.18362", osBuild: "18362", systemName: "MJÖLNIR", manufacturer: "MSI",
            model: "MS-7A11", language: "en", encoding: .utf16LE),
        .init(
            file: "readmsinfo-msinfo-zh-CN.txt", osName: "Microsoft Windows 10 专业版",
            osVersion: "10.0.18362", osBuild: "18362", systemName: "DESKTOP-UE730FE", manufacturer: "Alienware",
            model: "Alienware 17 R4", language: "other", encoding: .utf16LE),
    ]

    @Test("a real text export yields the System Summary that MANIFEST.md records", arguments: textExports)
    func textExport(_ expected: Expectation) throws {
        let bytes = try EvidenceTestSupport.sample("msinfo32/" + expected.file)
        #expect(MsInfoSignature.kind(head: Array(bytes.prefix(4096))) == .text)
        let summary = EvidenceTestSupport.parse(MsInfoTextReader(), bytes)
        #expect(summary.osName == expected.osName)
        #expect(summary.osVersion == expected.osVersion)
        #expect(summary.osBuild == expected.osBuild)
        #expect(summary.systemName == expected.systemName)
        #expect(summary.systemManufacturer == expected.manufacturer)
        #expect(summary.systemModel == expected.model)
        #expect(summary.language == expected.language)
        #expect(summary.encoding == expected.encoding)
        #expect(summary.sections == 47)  // MANIFEST: section_headers 47
        #expect(summary.complete)
        #expect(summary.format == "text")
    }

    @Test("line counts match MANIFEST.md whatever the block size", arguments: [7, 4096])
    func lineCounts(blockSize: Int) throws {
        let eunos = try EvidenceTestSupport.sample("msinfo32/eunos-blades-msinfo32.txt")
        let summary = EvidenceTestSupport.parse(MsInfoTextReader(), eunos, blockSize: blockSize)
        #expect(summary.lines == 3176)
        #expect(summary.reportTime == "09/25/23 09:50:04")
        #expect(summary.timeZone == "Eastern Daylight Time")
        #expect(summary.locale == "United States")
    }

    @Test("the .nfo of the AWS machine yields the same machine as its text export")
    func nfo() throws {
        let bytes = try EvidenceTestSupport.sample("msinfo32/aws-g2.2xlarge-msinfo32.nfo")
        #expect(MsInfoSignature.kind(head: Array(bytes.prefix(4096))) == .nfo)
        for blockSize in [7, 65536] {
            let summary = EvidenceTestSupport.parse(MsInfoNfoReader(), bytes, blockSize: blockSize)
            #expect(summary.format == "nfo")
            #expect(summary.osName == "Microsoft Windows Server 2012 R2 Standard")
            #expect(summary.osVersion == "6.3.9600")
            #expect(summary.systemName == "WIN-5BRNFRHGI65")
            #expect(summary.reportTime == "12/28/15 04:28:32")  // MANIFEST: CreationUTC
            #expect(summary.sections == 47)  // MANIFEST: Category_elements 47
            #expect(summary.complete)
            #expect(summary.language == "en")
            #expect(summary.encoding == .utf16LE)
        }
    }
}
