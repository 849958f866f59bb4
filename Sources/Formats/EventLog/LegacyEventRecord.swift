import Foundation

/// Decodes one .evt record into an `EventRecord` [EVT record layout].
enum LegacyEventRecord {
    /// The record's fields, without its message inserts.
    static func decode(_ record: UnsafeRawBufferPointer) -> EventRecord {
        let number = UInt64(record.u32Unchecked(8))
        let generated = record.u32Unchecked(12)  // 12:4 time generated, Unix seconds
        let identifier = record.u32Unchecked(20)  // 20:4 event identifier; low 16 bits = event id
        let type = Int(record.u32Unchecked(24) & 0xFFFF)  // 24:2 event type
        let end = record.count - 4
        var pos = 56  // source name, then computer name, UTF-16LE NUL-terminated
        let source = nulTerminated(record, &pos, end: end)
        let computer = nulTerminated(record, &pos, end: end)
        return EventRecord(
            provider: source, eventID: Int(identifier & 0xFFFF), qualifiers: Int(identifier >> 16),
            level: level(type), timeCreated: Date(timeIntervalSince1970: TimeInterval(generated)),
            recordID: number, computer: computer, channel: "")
    }

    /// The record's message inserts: NUL-terminated UTF-16LE strings at the strings offset.
    static func inserts(_ record: UnsafeRawBufferPointer) -> [String] {
        let stringCount = Int(record.u32Unchecked(24) >> 16)  // 26:2 number of strings
        let stringsOffset = Int(record.u32Unchecked(36))  // 36:4 strings offset
        let end = record.count - 4
        guard stringsOffset >= 56, stringsOffset < end else { return [] }
        var strings: [String] = []
        var pos = stringsOffset
        while strings.count < min(stringCount, EventRecord.maxDataStrings), pos < end {
            strings.append(nulTerminated(record, &pos, end: end))
        }
        return strings
    }

    /// Event types [EVT] as evtx levels: error 2, warning 3, information 4, audits 0 (LogAlways).
    private static func level(_ type: Int) -> Int {
        switch type {
        case 0x01: 2
        case 0x02: 3
        case 0x08, 0x10: 0
        default: 4
        }
    }

    private static func nulTerminated(_ record: UnsafeRawBufferPointer, _ pos: inout Int, end: Int) -> String {
        var stop = pos
        while stop + 2 <= end, record[stop] != 0 || record[stop + 1] != 0 { stop += 2 }
        let units = (stop - pos) / 2
        let text = (try? record.utf16String(pos, units: units, limit: EventRecord.maxDataLength)) ?? ""
        pos = stop + 2
        return text
    }
}
