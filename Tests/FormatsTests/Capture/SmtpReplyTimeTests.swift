import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// Each SMTP reply carries the time of the packet that completed it, so the timeline can place it.
@Suite struct SmtpReplyTimeTests {
    @Test(
        "replies carry their packet's time in every capture format",
        arguments: [
            FixtureCaptureFormat.pcap(), .pcap(nanoseconds: true, bigEndian: true), .pcapng(links: [.ethernet()]),
        ])
    func replyTimes(format: FixtureCaptureFormat) throws {
        var conversation = SmtpConversation.relayDenied(
            client: CaptureRoundTripTests.client, server: CaptureRoundTripTests.server)
        conversation.spacing = 0.25
        let summary = CaptureRoundTripTests.read([conversation], format: format)
        let session = try #require(summary.smtpSessions.first)
        #expect(session.replies.map(\.code) == [220, 250, 250, 554, 221])
        // SYN, SYN-ACK, ACK, then one packet a turn: the server's turns are packets 3, 5, 7, 9, 11.
        let expected = [3.0, 5, 7, 9, 11].map { FixtureClock.incident.addingTimeInterval($0 * 0.25) }
        for (reply, time) in zip(session.replies, expected) {
            let actual = try #require(reply.time, "\(reply.code) has no time")
            #expect(abs(actual.timeIntervalSince(time)) < 0.000_01, "\(reply.code) at \(actual), not \(time)")
        }
        #expect(session.replies[3].text == "5.7.1 <admin@example.co.jp>: Relay access denied")
    }

    @Test("a reply split over two segments is timed by the segment that completed it")
    func splitReply() throws {
        var conversation = SmtpConversation.busy(
            client: CaptureRoundTripTests.client, server: CaptureRoundTripTests.server)
        conversation.segmentSize = 10
        conversation.spacing = 1
        let summary = CaptureRoundTripTests.read([conversation])
        let session = try #require(summary.smtpSessions.first)
        #expect(session.outcome == .deferred)
        let greeting = try #require(session.replies.first)
        // "220 mail.example.co.jp ESMTP Postfix\r\n" is 38 bytes: four segments, packets 3 to 6.
        #expect(greeting.time == FixtureClock.incident.addingTimeInterval(6))
    }
}
