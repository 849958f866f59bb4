/// Reads a ServerProtect debug log (`SPNT.log`) leniently, line by line: the time span it
/// covers and the lines about mail, SMTP, notification, connections and errors.
///
/// Timestamps are kept as written (wall-clock, no zone). Year-last dates such as
/// `03/04/2026` are read month-first unless the file shows day-first dates elsewhere
/// (a first number above 12); the ambiguous ones are re-read at the end accordingly.
public struct SpntLogReader: ByteStreamParser {
    /// How many notable lines are kept (all are counted): the first quarter from the start of the
    /// log, the rest the most recent ones — a reproduction is usually at the end of a debug log.
    public let notableLimit: Int
    private var lines = LineReader(maxLineBytes: 16 * 1024)
    private var timestamped = 0
    private var earliest: (monthFirst: WallClockTime?, dayFirst: WallClockTime?) = (nil, nil)
    private var latest: (monthFirst: WallClockTime?, dayFirst: WallClockTime?) = (nil, nil)
    private var dayFirstEvidence = 0
    private var monthFirstEvidence = 0
    private var notableCount = 0
    private var notable: [(line: SpntLogSummary.NotableLine, found: LogTimestampScanner.Found?)] = []
    /// The most recent notable lines after the first `notableLimit / 4`, as a ring.
    private var recent: [(line: SpntLogSummary.NotableLine, found: LogTimestampScanner.Found?)] = []
    private var recentNext = 0
    private var productMentions = 0
    private var productBuilds: [String] = []

    /// Creates a reader keeping up to `notableLimit` notable lines.
    public init(notableLimit: Int = 200) {
        self.notableLimit = max(0, notableLimit)
    }

    /// Feeds the next block of the log.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var pending: [TextLine] = []
        lines.push(bytes) { pending.append($0) }
        for line in pending { handle(line) }
    }

    /// Ends the log and returns what it covers.
    public mutating func finish() -> SpntLogSummary {
        var pending: [TextLine] = []
        lines.finish { pending.append($0) }
        for line in pending { handle(line) }
        let dayFirst = dayFirstEvidence > 0 && monthFirstEvidence == 0
        let pick = { (found: LogTimestampScanner.Found?) in dayFirst ? (found?.dayFirst ?? found?.time) : found?.time }
        return SpntLogSummary(
            lines: lines.lineCount, timestampedLines: timestamped,
            firstTime: dayFirst ? earliest.dayFirst : earliest.monthFirst,
            lastTime: dayFirst ? latest.dayFirst : latest.monthFirst,
            dayFirstDates: dayFirst, notableLineCount: notableCount,
            notableLines: (notable + recent[recentNext...] + recent[..<recentNext]).map { entry in
                var line = entry.line
                line.time = pick(entry.found)
                return line
            },
            productMentions: productMentions, truncatedLines: lines.truncatedLines,
            encoding: lines.detection?.encoding, productBuilds: productBuilds)
    }

    private mutating func handle(_ line: TextLine) {
        let found = LogTimestampScanner.scan(line.text)
        if let found { record(found) }
        let lowered = line.text.lowercased()
        if SpntLogVocabulary.mentionsProduct(lowered) {
            productMentions &+= 1
            if productBuilds.count < 8, let build = SpntLogVocabulary.build(in: lowered),
                !productBuilds.contains(build)
            {
                productBuilds.append(build)
            }
        }
        let keywords = SpntLogVocabulary.keywords(in: lowered)
        guard !keywords.isEmpty else { return }
        notableCount &+= 1
        let head = notableLimit / 4
        let ringSize = notableLimit - head
        let text = line.text.count > 500 ? String(line.text.prefix(500)) : line.text
        let kept = SpntLogSummary.NotableLine(line: line.number, time: found?.time, text: text, keywords: keywords)
        if notable.count < head {
            notable.append((kept, found))
        } else if recent.count < ringSize {
            recent.append((kept, found))
        } else if ringSize > 0 {
            recent[recentNext] = (kept, found)
            recentNext = (recentNext + 1) % ringSize
        }
    }

    private mutating func record(_ found: LogTimestampScanner.Found) {
        timestamped &+= 1
        let dayFirstReading = found.dayFirst ?? found.time
        if found.order == .onlyDayFirst { dayFirstEvidence &+= 1 }
        if found.order == .onlyMonthFirst { monthFirstEvidence &+= 1 }
        earliest.monthFirst = min(earliest.monthFirst ?? found.time, found.time)
        latest.monthFirst = max(latest.monthFirst ?? found.time, found.time)
        earliest.dayFirst = min(earliest.dayFirst ?? dayFirstReading, dayFirstReading)
        latest.dayFirst = max(latest.dayFirst ?? dayFirstReading, dayFirstReading)
    }
}
