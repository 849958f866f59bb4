import CaseFixtures
import Formats
import Testing

/// The readers on exports written the way Windows writes them, in both languages.
@Suite struct MsInfoWriterTests {
    struct Variant: Sendable, CustomStringConvertible {
        var language: MsInfoWriter.Language
        var encoding: TextEncoding
        var byteOrderMark: Bool
        var lineBreak: String
        var description: String {
            "\(language) \(encoding) bom:\(byteOrderMark) \(lineBreak == "\r\n" ? "CRLF" : "LF")"
        }
    }

    static let variants: [Variant] = MsInfoWriter.Language.allCases.flatMap { language in
        [(TextEncoding.utf16LE, true), (.utf16LE, false), (.utf8, false), (.utf8, true)].flatMap { encoding, mark in
            ["\r\n", "\n"].map { Variant(language: language, encoding: encoding, byteOrderMark: mark, lineBreak: $0) }
        }
    }

    @Test("a text export yields SPNT-SV01's summary in any encoding, line break and block size", arguments: variants)
    func textExport(_ variant: Variant) {
        let bytes = MsInfoWriter.textExport(
            language: variant.language, encoding: variant.encoding,
            byteOrderMark: variant.byteOrderMark, lineBreak: variant.lineBreak)
        #expect(MsInfoSignature.kind(head: Array(bytes.prefix(4096))) == .text)
        let whole = EvidenceTestSupport.parse(MsInfoTextReader(), bytes)
        #expect(EvidenceTestSupport.parse(MsInfoTextReader(), bytes, blockSize: 7) == whole)
        #expect(whole.osName == "Microsoft Windows Server 2019 Standard")
        #expect(whole.osVersion == "10.0.17763")
        #expect(whole.osBuild == "17763")
        #expect(whole.systemName == "SPNT-SV01")
        #expect(whole.systemManufacturer == "VMware, Inc.")
        #expect(whole.systemModel == "VMware7,1")
        #expect(whole.timeZone == (variant.language == .japanese ? "東京 (標準時)" : "Tokyo Standard Time"))
        #expect(whole.locale == (variant.language == .japanese ? "日本" : "Japan"))
        #expect(whole.language == (variant.language == .japanese ? "ja" : "en"))
        #expect(whole.reportTime == MsInfoWriter.machine(variant.language).reportTime)
        #expect(whole.encoding == variant.encoding)
        #expect(whole.complete)
        #expect(whole.sections == 1 + MsInfoWriter.machine(variant.language).sections.count)
    }

    @Test("only the System Summary is reported as a fragment", arguments: MsInfoWriter.Language.allCases)
    func fragment(_ language: MsInfoWriter.Language) {
        let bytes = MsInfoWriter.textExport(language: language, complete: false)
        let summary = EvidenceTestSupport.parse(MsInfoTextReader(), bytes)
        #expect(summary.osName == "Microsoft Windows Server 2019 Standard")
        #expect(summary.sections == 1)
        #expect(!summary.complete)
    }

    @Test("an .nfo yields the same summary as the text export", arguments: MsInfoWriter.Language.allCases, [7, 65536])
    func nfo(_ language: MsInfoWriter.Language, blockSize: Int) {
        let bytes = MsInfoWriter.nfo(language: language)
        #expect(MsInfoSignature.kind(head: Array(bytes.prefix(4096))) == .nfo)
        let nfo = EvidenceTestSupport.parse(MsInfoNfoReader(), bytes, blockSize: blockSize)
        let text = EvidenceTestSupport.parse(MsInfoTextReader(), MsInfoWriter.textExport(language: language))
        #expect(nfo.format == "nfo")
        #expect(nfo.reportTime == "11/20/26 01:30:00")
        let fields: [KeyPath<MsInfoSummary, String?>] = [
            \.osName, \.osVersion, \.osBuild, \.systemName, \.timeZone,
            \.locale, \.systemModel,
        ]
        for field in fields { #expect(nfo[keyPath: field] == text[keyPath: field]) }
        #expect(nfo.language == text.language)
        #expect(nfo.sections == text.sections)
        #expect(nfo.complete)
    }

    @Test("other text is not taken for an export")
    func notAnExport() {
        #expect(MsInfoSignature.kind(head: TelnetTranscriptWriter.bytes(.connected)) == nil)
        #expect(MsInfoSignature.kind(head: EventLogTextExportWriter.text(japanese: true)) == nil)
        #expect(MsInfoSignature.kind(head: Array("[section]\nkey=value\n".utf8)) == nil)
    }

    @Test("hostile input: garbage and a 10 MB line end in an empty, bounded summary")
    func hostile() {
        var state: UInt32 = 99
        let garbage = (0..<300_000).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let fromGarbage = EvidenceTestSupport.parse(MsInfoTextReader(), garbage, blockSize: 7)
        #expect(fromGarbage.osName == nil)
        #expect(!fromGarbage.complete)
        let nfoFromGarbage = EvidenceTestSupport.parse(MsInfoNfoReader(), garbage, blockSize: 7)
        #expect(nfoFromGarbage.osName == nil && nfoFromGarbage.systemName == nil)
        #expect(!nfoFromGarbage.complete)

        let huge =
            Array("[System Summary]\r\n\r\nItem\tValue\t\r\nOS Name\t".utf8)
            + [UInt8](repeating: 0x57, count: 10 << 20) + Array("\t\r\n".utf8)
        let fromHuge = EvidenceTestSupport.parse(MsInfoTextReader(), huge)
        #expect((fromHuge.osName?.utf8.count ?? 0) <= 8 * 1024)

        let hugeNfo =
            Array("<MsInfo><Category name=\"System Summary\">".utf8)
            + Array("<Data><Item><![CDATA[OS Name]]></Item><Value><![CDATA[".utf8)
            + [UInt8](repeating: 0x57, count: 10 << 20) + Array("]]></Value></Data></Category></MsInfo>".utf8)
        let fromHugeNfo = EvidenceTestSupport.parse(MsInfoNfoReader(), hugeNfo)
        #expect((fromHugeNfo.osName?.utf8.count ?? 0) <= 4096)
        #expect(fromHugeNfo.sections == 1)
    }
}
