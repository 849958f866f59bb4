import CaseFixtures
import Formats
import Testing

@Suite struct TextDecodingTests {
    @Test("byte-order marks decide the encoding and their length")
    func byteOrderMarks() {
        #expect(
            TextDecoding.detect(head: [0xEF, 0xBB, 0xBF, 0x41])
                == TextDetection(
                    encoding: .utf8, bomLength: 3,
                    looksBinary: false))
        #expect(TextDecoding.detect(head: [0xFF, 0xFE, 0x41, 0x00]).encoding == .utf16LE)
        #expect(TextDecoding.detect(head: [0xFE, 0xFF, 0x00, 0x41]).encoding == .utf16BE)
        #expect(TextDecoding.detect(head: [0xFF, 0xFE, 0x41, 0x00]).bomLength == 2)
    }

    @Test("UTF-16 without a mark is found from the NUL bytes of its ASCII characters")
    func utf16WithoutMark() {
        let text = "OS 名\tMicrosoft Windows Server 2019\r\n"
        let little = EvidenceTextEncoder.encode(text, as: .utf16LE)
        let big = EvidenceTextEncoder.encode(text, as: .utf16BE)
        let expected = TextDetection(encoding: .utf16LE, bomLength: 0, looksBinary: false)
        #expect(TextDecoding.detect(head: little) == expected)
        #expect(TextDecoding.detect(head: big).encoding == .utf16BE)
        #expect(TextDecoding.decodeHead(little) == text)
    }

    @Test("Japanese UTF-8 is UTF-8, Japanese Shift_JIS bytes are CP932, stray high bytes are Latin-1")
    func eightBitEncodings() {
        #expect(TextDecoding.detect(head: Array("接続に失敗しました".utf8)).encoding == .utf8)
        // "テスト" in Shift_JIS, from the JIS X 0208 code table (テ 0x8365, ス 0x8358, ト 0x8367).
        let testInCP932: [UInt8] = [0x83, 0x65, 0x83, 0x58, 0x83, 0x67]
        #expect(TextDecoding.detect(head: testInCP932).encoding == .cp932)
        #expect(TextDecoding.decodeHead(testInCP932) == "テスト")
        #expect(TextDecoding.detect(head: [0x4D, 0x4A, 0xD6, 0x4C]).encoding == .latin1)
        #expect(TextDecoding.decodeHead([0x4D, 0x4A, 0xD6, 0x4C]) == "MJÖL")
    }

    @Test("damaged CP932 decodes with replacement characters instead of failing")
    func damagedCP932() {
        let converter = CP932Converter()
        let damaged: [UInt8] = [0x83, 0x65, 0x83, 0x0A, 0x41]
        let decoded = damaged.withUnsafeBytes { converter.decode($0) }
        #expect(decoded.hasPrefix("テ"))
        #expect(decoded.hasSuffix("A"))
        #expect(decoded.contains("\u{FFFD}"))
    }

    @Test("binary heads are flagged")
    func binary() {
        let garbage = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }
        #expect(TextDecoding.detect(head: garbage).looksBinary || TextDecoding.detect(head: garbage).encoding != .utf8)
        #expect(TextDecoding.detect(head: [UInt8](repeating: 1, count: 100)).looksBinary)
    }

    @Test("random bytes, as compressed or encrypted files hold, are binary whatever the draw")
    func randomIsBinary() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for draw in 0..<300 {
            let head = (0..<TextDecoding.detectionWindow).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            #expect(TextDecoding.detect(head: head).looksBinary, "draw \(draw)")
        }
    }

    @Test("text with a few control characters, or overstruck in nroff's bold, is still text")
    func fewControls() {
        var text = Array(String(repeating: "2026/11/20 10:05:01 SMTP connect 10.0.0.5:25 failed\r\n", count: 80).utf8)
        for index in stride(from: 0, to: text.count, by: 40) { text[index] = 0x07 }
        #expect(!TextDecoding.detect(head: text).looksBinary)
        let bold = "Postfix ETRN Howto".flatMap { [String($0), "\u{8}", String($0)] }.joined()
        let overstruck = Array(String(repeating: bold + "\n", count: 100).utf8)
        #expect(!TextDecoding.detect(head: overstruck).looksBinary)
    }
}
