import Formats
import Foundation
import Testing

/// Hostile input: garbage, giant lines, headers that never end, boundaries nested without end.
struct MailHostileInputTests {
    static func garbage(_ count: Int, seed start: UInt64) -> [UInt8] {
        var seed = start
        return (0..<count).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
    }

    @Test("random bytes never crash any reader, and none of them finds a message or a log line", arguments: [1, 2, 3])
    func garbage(seed: UInt64) {
        let bytes = Self.garbage(300_000, seed: seed)
        let message = MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 4093)
        #expect(message.subject == nil && message.from == nil && message.to == nil)
        #expect(message.byteCount == bytes.count)
        let outlook = MailTestSupport.parse(OutlookMessageReader(), bytes)
        #expect(outlook.subject == nil)
        #expect(outlook.damage.contains("not an OLE compound file, or its header is damaged"))
        let log = MailTestSupport.parse(
            MailServerLogReader(clientAddresses: ["192.0.2.10"]), bytes, blockSize: 4093)
        #expect(log.statusCounts.sent == 0)
        #expect(log.listedLines.isEmpty)
    }

    @Test("a 10 MB header line is cut, the header still ends and the subject is read")
    func giantLine() {
        var bytes = Array("X-Junk: ".utf8) + [UInt8](repeating: 0x61, count: 10_000_000)
        bytes += Array("\r\nSubject: after the giant line\r\n\r\nbody\r\n".utf8)
        let summary = MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 1 << 20)
        #expect(summary.subject == "after the giant line")
        #expect(!summary.headerUnterminated)
    }

    @Test("a header that never ends is bounded and reported")
    func headerWithoutEnd() {
        var bytes = Array("Subject: first\r\n".utf8)
        let field = Array("X-Filler: 0123456789012345678901234567890123456789012345678901234567890123456789\r\n".utf8)
        for _ in 0..<50_000 { bytes += field }
        let summary = MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 65536)
        #expect(summary.subject == "first")
        #expect(summary.headerTruncated)
        #expect(summary.headerUnterminated)
    }

    @Test("thousands of nested multiparts stay within the part and boundary bounds")
    func nestedMultiparts() {
        var text = "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"
        for level in 1...5000 {
            text += "--b\(level - 1)\r\nContent-Type: multipart/mixed; boundary=\"b\(level)\"\r\n\r\n"
        }
        let summary = MailTestSupport.parse(MailMessageReader(), Array(text.utf8))
        // Nesting is followed to a fixed depth only; deeper boundaries are body text.
        #expect(summary.parts.count <= MailMessageReader.maxParts)
        #expect(summary.parts.count + summary.partsNotListed < 100)
        #expect(summary.parts.count > 2)
    }

    @Test("a 10 MB log line and a year of syslog lines stay bounded")
    func logBounds() {
        var bytes = [UInt8](repeating: 0x62, count: 10_000_000) + [0x0A]
        for day in 1...28 {
            let stamp = String(format: "Nov %2d 10:05:00", day)
            bytes += Array("\(stamp) mail01 postfix/smtp[1]: ABCDE\(day)F: to=<a@b>, status=sent (ok)\n".utf8)
        }
        let summary = MailTestSupport.parse(MailServerLogReader(year: 2026), bytes, blockSize: 1 << 20)
        #expect(summary.truncatedLines == 1)
        #expect(summary.statusCounts.sent == 28)
        #expect(summary.listedLines.count == 28)
    }
}
