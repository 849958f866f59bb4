import Formats
import Foundation
import Testing

/// The Outlook .msg sample (MANIFEST.md: extract-msg reads subject "MSG Test File", to
/// time2talk@online-convert.com) and damaged copies of it.
@Suite(.enabled(if: MailTestSupport.samplesAvailable, "../shared/samples is absent: sample tests skipped"))
struct OutlookMessageTests {
    static let file = "mail/msg/msg-extractor-strangeDate.msg"

    @Test("the subject and display-to come from the property streams")
    func subject() throws {
        let bytes = try MailTestSupport.sample(Self.file)
        let head = Array(bytes.prefix(4096))
        #expect(head.withUnsafeBytes { OLEMessageSignature.isOutlookMessage($0) })
        let summary = MailTestSupport.parse(OutlookMessageReader(), bytes, blockSize: 7)
        #expect(summary.container == .outlookMessage)
        #expect(summary.subject == "MSG Test File")
        #expect(summary.to?.contains("time2talk@online-convert.com") == true)
        #expect(summary.damage.isEmpty)
    }

    @Test("the plain-text body (PidTagBody) is kept, for a hearing sheet pasted into a reply")
    func body() throws {
        let summary = MailTestSupport.parse(OutlookMessageReader(), try MailTestSupport.sample(Self.file))
        let body = try #require(summary.bodyText)
        #expect(body.hasPrefix("MSG test file"))
    }

    @Test(
        "truncated copies never crash and say that they are damaged",
        arguments: [0, 100, 511, 512, 1024, 4096, 9000, 20000])
    func truncated(length: Int) throws {
        let bytes = Array(try MailTestSupport.sample(Self.file).prefix(length))
        let summary = MailTestSupport.parse(OutlookMessageReader(), bytes)
        #expect(!summary.damage.isEmpty, "subject \(String(describing: summary.subject))")
        // A subject stream cut short gives what it holds, never other text.
        #expect(summary.subject.map { "MSG Test File".hasPrefix($0) } ?? true, "\(String(describing: summary.subject))")
    }

    @Test("corrupted sectors never crash, and the damage is named")
    func corrupted() throws {
        var bytes = try MailTestSupport.sample(Self.file)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let position = 512 + Int(seed >> 33) % (bytes.count - 512)
            bytes[position] = UInt8(truncatingIfNeeded: seed >> 24)
        }
        let summary = MailTestSupport.parse(OutlookMessageReader(), bytes)
        #expect(summary.container == .outlookMessage)
        #expect(!summary.damage.isEmpty, "subject \(String(describing: summary.subject))")
    }
}
