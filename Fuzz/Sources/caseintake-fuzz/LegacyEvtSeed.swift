import Foundation

/// A small .evt log written by hand (CaseFixtures has no .evt writer): the 48-byte header, three
/// records with source, computer and strings, and the end-of-file record [EVT].
enum LegacyEvtSeed {
    static func log() -> [UInt8] {
        let body = records()
        return header(recordsLength: body.count) + body
    }

    /// The 48-byte header of a log whose records (and end-of-file record) take `recordsLength` bytes.
    static func header(recordsLength: Int) -> [UInt8] {
        let start: UInt32 = 0x30
        let end = start &+ UInt32(truncatingIfNeeded: recordsLength)
        var header: [UInt8] = []
        for value: UInt32 in [0x30, 0x654C_664C, 1, 1, start, end, 4, 1, 0x80000, 0, 604_800, 0x30] {
            append(value, to: &header)
        }
        return header
    }

    /// The three records and the end-of-file record that follow the header.
    static func records() -> [UInt8] {
        var records: [UInt8] = []
        let events: [(id: UInt32, type: UInt16, source: String, strings: [String])] = [
            (7036, 4, "Service Control Manager", ["ServerProtect", "running"]),
            (1000, 1, "SpntSvc", ["Cannot connect to SMTP server 192.0.2.25"]),
            (6005, 4, "EventLog", []),
        ]
        for (index, event) in events.enumerated() {
            records += record(number: UInt32(index + 1), event.id, event.type, event.source, event.strings)
        }
        let start: UInt32 = 0x30
        let end = start + UInt32(records.count)
        var endOfFile: [UInt8] = []
        for value: UInt32 in [0x28, 0x1111_1111, 0x2222_2222, 0x3333_3333, 0x4444_4444, start, end, 4, 1, 0x28] {
            append(value, to: &endOfFile)
        }
        return records + endOfFile
    }

    private static func record(
        number: UInt32, _ eventID: UInt32, _ type: UInt16, _ source: String, _ strings: [String]
    ) -> [UInt8] {
        let time: UInt32 = 1_795_647_900  // 2026-11-20 01:05 UTC
        var names = utf16z(source) + utf16z("SPSV01")
        while names.count % 4 != 0 { names.append(0) }
        let stringBytes = strings.flatMap(utf16z)
        var body = stringBytes
        while body.count % 4 != 0 { body.append(0) }
        let length = UInt32(0x38 + names.count + body.count + 4)
        var bytes: [UInt8] = []
        for value: UInt32 in [length, 0x654C_664C, number, time, time, eventID] { append(value, to: &bytes) }
        for value: UInt16 in [type, UInt16(strings.count), 0, 0] { append(value, to: &bytes) }
        let stringOffset = UInt32(0x38 + names.count)
        for value: UInt32 in [0, stringOffset, 0, 0, 0, stringOffset + UInt32(stringBytes.count)] {
            append(value, to: &bytes)
        }
        bytes += names + body
        append(length, to: &bytes)
        return bytes
    }

    private static func utf16z(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 { append(unit, to: &bytes) }
        return bytes + [0, 0]
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
