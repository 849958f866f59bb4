import CaseFixtures
import Formats
import Testing

@Suite struct LineReaderTests {
    static func lines(_ bytes: [UInt8], blockSize: Int, maxLineBytes: Int = 64 * 1024) -> (
        lines: [TextLine],
        reader: LineReader
    ) {
        var reader = LineReader(maxLineBytes: maxLineBytes)
        var lines: [TextLine] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + blockSize)
            reader.push(Array(bytes[offset..<end])) { lines.append($0) }
            offset = end
        }
        reader.finish { lines.append($0) }
        return (lines, reader)
    }

    static let mixedBreaks = "first\r\nsecond\nthird\rfourth\r\n\r\nsixth 接続"
    static let expected = ["first", "second", "third", "fourth", "", "sixth 接続"]

    @Test(
        "CRLF, LF and a lone CR each end one line, in every encoding and block size",
        arguments: [TextEncoding.utf8, .utf16LE, .utf16BE, .cp932], [1, 2, 3, 7, 4096])
    func lineBreaks(encoding: TextEncoding, blockSize: Int) {
        let bytes = EvidenceTextEncoder.encode(Self.mixedBreaks, as: encoding, byteOrderMark: encoding != .cp932)
        let result = Self.lines(bytes, blockSize: blockSize)
        #expect(result.lines.map(\.text) == Self.expected)
        #expect(result.lines.map(\.number) == Array(1...6))
        #expect(result.reader.detection?.encoding == encoding)
    }

    @Test("a CR at the end of one block and the LF at the start of the next make one break")
    func splitCRLF() {
        var reader = LineReader(encoding: .utf8)
        var lines: [String] = []
        reader.push(Array("a\r".utf8)) { lines.append($0.text) }
        reader.push(Array("\nb\n".utf8)) { lines.append($0.text) }
        reader.finish { lines.append($0.text) }
        #expect(lines == ["a", "b"])
    }

    @Test("a 10 MB line is cut to the bound and counted, the next line is intact")
    func hugeLine() {
        var reader = LineReader(maxLineBytes: 1000)
        var lines: [TextLine] = []
        let block = [UInt8](repeating: 0x41, count: 1 << 20)
        for _ in 0..<10 { reader.push(block) { lines.append($0) } }
        reader.push(Array("\nnext\n".utf8)) { lines.append($0) }
        reader.finish { lines.append($0) }
        #expect(lines.count == 2)
        #expect(lines.first?.truncated == true)
        #expect(lines.first?.text.utf8.count == 1000)
        #expect(lines.last?.text == "next")
        #expect(reader.truncatedLines == 1)
        #expect(reader.byteCount == 10 << 20 + 6)
    }

    @Test("a text without a final line break still yields its last line; an empty one yields none")
    func lastLine() {
        #expect(Self.lines(Array("one\ntwo".utf8), blockSize: 3).lines.map(\.text) == ["one", "two"])
        #expect(Self.lines([], blockSize: 3).lines.isEmpty)
        #expect(Self.lines(Array("one\n".utf8), blockSize: 3).lines.map(\.text) == ["one"])
    }

    @Test("random bytes never crash and every line stays within the bound")
    func garbage() {
        var state: UInt32 = 12345
        let bytes = (0..<200_000).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let result = Self.lines(bytes, blockSize: 7, maxLineBytes: 256)
        #expect(!result.lines.isEmpty)
        #expect(result.lines.allSatisfy { $0.text.unicodeScalars.count <= 256 })
    }
}
