import Formats
import Foundation

/// SPNT.log: times are wall-clock as written (no zone); `coverage` places them in the case's zone.
struct DebugLogFactsV2: Encodable {
    struct Line: Encodable {
        let line: Int
        let time: String?
        let text: String
        let keywords: [String]
    }

    let lines: Int
    let timestampedLines: Int
    let firstTime: String?
    let lastTime: String?
    let dayFirstDates: Bool
    let notableLineCount: Int
    let notableLines: [Line]
    let productMentions: Int
    let productBuilds: [String]
    let truncatedLines: Int
    let encoding: String?

    init(_ summary: SpntLogSummary) {
        lines = summary.lines
        timestampedLines = summary.timestampedLines
        firstTime = summary.firstTime?.description
        lastTime = summary.lastTime?.description
        dayFirstDates = summary.dayFirstDates
        notableLineCount = summary.notableLineCount
        notableLines = summary.notableLines.map {
            Line(line: $0.line, time: $0.time?.description, text: $0.text, keywords: $0.keywords)
        }
        productMentions = summary.productMentions
        productBuilds = summary.productBuilds
        truncatedLines = summary.truncatedLines
        encoding = summary.encoding?.rawValue
    }
}

struct TelnetFactsV2: Encodable {
    struct Server: Encodable {
        let name: String?
        let ip: String?
        let application: String?
        let version: String?
    }

    struct Reply: Encodable {
        let code: Int
        let text: String
        let line: Int
    }

    let host: String?
    let port: Int?
    let port25: Bool
    let portNot25: Bool
    let banner: String?
    let server: Server?
    let bannerCount: Int
    let outcome: String
    let failureText: String?
    let replies: [Reply]
    let lineCount: Int

    init(_ transcript: TelnetTranscript) {
        host = transcript.host
        port = transcript.port
        port25 = transcript.port25
        portNot25 = transcript.portNot25
        banner = transcript.banner
        server = transcript.server.map {
            Server(name: $0.name, ip: $0.ip, application: $0.application, version: $0.version)
        }
        bannerCount = transcript.bannerCount
        outcome = transcript.outcome.rawValue
        failureText = transcript.failureText
        replies = transcript.replies.map { Reply(code: $0.code, text: $0.text, line: $0.line) }
        lineCount = transcript.lineCount
    }
}

struct MailServerLogFactsV2: Encodable {
    struct Counts: Encodable {
        let sent: Int
        let deferred: Int
        let bounced: Int
        let rejected: Int
        let expired: Int
    }

    struct Line: Encodable {
        let number: Int
        let time: Date?
        let status: String?
        let messageID: String?
        let text: String
    }

    let application: String?
    let lines: Int
    let commentLines: Int
    let timedLines: Int
    let truncatedLines: Int
    let firstStamp: String?
    let lastStamp: String?
    let earliest: Date?
    let latest: Date?
    let statusCounts: Counts
    let clientFilter: [String]
    let listedLines: [Line]
    let linesNotListed: Int
    let followedMessages: Int

    init(_ summary: MailServerLogSummary) {
        application = summary.application?.rawValue
        lines = summary.lines
        commentLines = summary.commentLines
        timedLines = summary.timedLines
        truncatedLines = summary.truncatedLines
        firstStamp = summary.firstStamp
        lastStamp = summary.lastStamp
        earliest = summary.earliest
        latest = summary.latest
        let counts = summary.statusCounts
        statusCounts = Counts(
            sent: counts.sent, deferred: counts.deferred, bounced: counts.bounced, rejected: counts.rejected,
            expired: counts.expired)
        clientFilter = summary.clientFilter
        listedLines = summary.listedLines.map {
            Line(number: $0.number, time: $0.time, status: $0.status, messageID: $0.messageID, text: $0.text)
        }
        linesNotListed = summary.linesNotListed
        followedMessages = summary.followedMessages
    }
}

struct MailFactsV2: Encodable {
    struct Part: Encodable {
        let contentType: String
        let charset: String?
        let transferEncoding: String?
        let fileName: String?
        let bodyBytes: Int
        let hasEightBitBytes: Bool
        let depth: Int
    }

    struct Hint: Encodable {
        let code: String
        let detail: String
        let part: Int?
    }

    struct LineEndings: Encodable {
        let crlf: Int
        let lf: Int
        let cr: Int
    }

    let container: String
    let messageCount: Int
    let subject: String?
    let rawSubject: String?
    let from: String?
    let to: String?
    let date: String?
    let messageID: String?
    let unsent: Bool
    let parts: [Part]
    let partsNotListed: Int
    let declaredCharsets: [String]
    let lineEndings: LineEndings
    let hints: [Hint]
    let headerTruncated: Bool
    let headerUnterminated: Bool
    let byteCount: Int
    let damage: [String]

    init(_ summary: MailMessageSummary) {
        container = summary.container.rawValue
        messageCount = summary.messageCount
        subject = summary.subject
        rawSubject = summary.rawSubject
        from = summary.from
        to = summary.to
        date = summary.date
        messageID = summary.messageID
        unsent = summary.unsent
        parts = summary.parts.map {
            Part(
                contentType: $0.contentType, charset: $0.charset, transferEncoding: $0.transferEncoding,
                fileName: $0.fileName, bodyBytes: $0.bodyBytes, hasEightBitBytes: $0.hasEightBitBytes, depth: $0.depth)
        }
        partsNotListed = summary.partsNotListed
        declaredCharsets = summary.declaredCharsets
        lineEndings = LineEndings(
            crlf: summary.lineEndings.crlf, lf: summary.lineEndings.lf, cr: summary.lineEndings.cr)
        hints = summary.hints.map { Hint(code: $0.code.rawValue, detail: $0.detail, part: $0.part) }
        headerTruncated = summary.headerTruncated
        headerUnterminated = summary.headerUnterminated
        byteCount = summary.byteCount
        damage = summary.damage
    }
}
