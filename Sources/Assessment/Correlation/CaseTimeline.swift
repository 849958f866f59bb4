import Foundation
import Intake

/// One line of the case's timeline: something a source recorded at a time.
public struct TimelineItem: Sendable, Equatable {
    /// Where the line comes from, as a kind of source.
    public enum Source: String, Sendable {
        case event, debugLog = "spnt-log", capture, mailServerLog = "mail-server-log", telnet, customer
    }

    public let time: Date
    /// The last time of a collapsed repeat (`Real-time scan is running. ×13`).
    public var lastTime: Date?
    public let source: Source
    /// The file (or the hearing sheet) it was read from.
    public let path: String
    public let severity: Finding.Severity
    public let text: String
    /// How many identical lines this one stands for.
    public var count: Int = 1
}

/// The timeline: entries of every source near the incident, in time order, repeats collapsed,
/// bounded in length.
public struct CaseTimeline: Sendable {
    /// The most entries kept; problems and the entries nearest the incident are kept first.
    public static let limit = 80

    public let items: [TimelineItem]
    /// Entries left out to stay within `limit`.
    public let omitted: Int

    public init(items: [TimelineItem] = [], omitted: Int = 0) {
        self.items = items
        self.omitted = omitted
    }

    /// Sorts, collapses repeats of the same text from the same file, and bounds the list.
    /// - Parameter anchors: the times the reader cares about most (the incident).
    static func build(_ raw: [TimelineItem], anchors: [Date]) -> CaseTimeline {
        var groups: [RepeatKey: Int] = [:]
        groups.reserveCapacity(raw.count)
        var collapsed: [TimelineItem] = []
        collapsed.reserveCapacity(raw.count)
        for item in raw.sorted(by: { $0.time < $1.time }) {
            let key = RepeatKey(item)
            if let index = groups[key] {
                collapsed[index].count += 1
                collapsed[index].lastTime = item.time
            } else {
                groups[key] = collapsed.count
                collapsed.append(item)
            }
        }
        guard collapsed.count > limit else { return CaseTimeline(items: collapsed) }
        let distance = collapsed.map { item in anchors.lazy.map { abs($0.timeIntervalSince(item.time)) }.min() ?? 0 }
        let kept = collapsed.indices.sorted { left, right in
            let (a, b) = (collapsed[left].severity, collapsed[right].severity)
            if a != b { return a > b }
            return distance[left] < distance[right]
        }.prefix(limit)
        return CaseTimeline(items: kept.sorted().map { collapsed[$0] }, omitted: collapsed.count - limit)
    }
}

/// Lines that repeat one another: the same source, file and text, byte for byte. (A `String` key
/// would be hashed through Unicode normalisation, which for Japanese paths and texts cost more
/// than the rest of building the timeline; repeats come from one decoder, so bytes suffice.)
private struct RepeatKey: Hashable {
    let source: TimelineItem.Source
    let path: String
    let text: String

    init(_ item: TimelineItem) { (source, path, text) = (item.source, item.path, item.text) }

    static func == (a: RepeatKey, b: RepeatKey) -> Bool {
        a.source == b.source && sameBytes(a.path, b.path) && sameBytes(a.text, b.text)
    }

    /// Compared as memory: walking two UTF-8 views byte by byte took most of building the timeline
    /// of a capture with thousands of sessions.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var (a, b) = (a, b)
        return a.withUTF8 { a in
            b.withUTF8 { b in
                guard let left = a.baseAddress, let right = b.baseAddress else { return true }
                return memcmp(left, right, a.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        Self.combine(path, into: &hasher)
        Self.combine(text, into: &hasher)
    }

    private static func combine(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // never in UTF-8: ends the text
    }
}
