import CaseFixtures
import Formats
import Foundation

/// A large System.evtx written by the fixture writer: batches of varied service, network and
/// ServerProtect events, their 64 KiB chunks concatenated under one file header.
enum SystemEventLogInput {
    /// Writes at least `megabytes` MB of chunks to `path`; returns the records written.
    static func write(to path: String, megabytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? output.close() }
        var header: [UInt8] = []
        var chunks = 0
        var nextRecordID: UInt64 = 1
        var time = FixtureClock.incident.addingTimeInterval(-20 * 86_400)
        try output.write(contentsOf: [UInt8](repeating: 0, count: 4096))  // rewritten at the end
        while chunks * 65_536 < megabytes * 1_000_000 {
            var events: [EvtxEvent] = []
            for index in 0..<2_000 {
                events.append(event(number: Int(nextRecordID) + index, at: time))
                time = time.addingTimeInterval(1.7)
            }
            let file = EvtxWriter.file(events, firstRecordID: nextRecordID)
            if header.isEmpty { header = Array(file[..<4096]) }
            try output.write(contentsOf: file[4096...])
            chunks += (file.count - 4096) / 65_536
            nextRecordID += UInt64(events.count)
        }
        // [EVTX file header]: last chunk number at 16, next record id at 24, chunk count at 42,
        // CRC32 of bytes 0-119 at 124.
        put(&header, at: 16, UInt64(chunks - 1), width: 8)
        put(&header, at: 24, nextRecordID, width: 8)
        put(&header, at: 42, UInt64(min(chunks, 0xFFFF)), width: 2)
        put(&header, at: 124, UInt64(CRC32.checksum(Array(header[0..<120]))), width: 4)
        try output.seek(toOffset: 0)
        try output.write(contentsOf: header)
        return Int(nextRecordID - 1)
    }

    private static let services = [
        "Windows Update", "Print Spooler", "Trend ServerProtect", "Background Intelligent Transfer Service",
        "Windows Modules Installer", "WinHTTP Web Proxy Auto-Discovery Service", "Remote Registry",
    ]

    private static func event(number: Int, at time: Date) -> EvtxEvent {
        let service = services[number % services.count]
        switch number % 50 {
        case 7:
            return EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Tcpip", eventID: 4227, level: 3, time: time,
                data: ["\(number % 4000)", "192.0.2.\(number % 250)"])
        case 19:
            return EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "ServerProtect", eventID: 1000 + number % 7,
                level: 4, time: time, data: ["Scan job \(number) finished: \(number % 13) files checked"])
        case 31:
            return EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Service Control Manager", eventID: 7031,
                qualifiers: 49152, level: 2, time: time, data: [service, "\(number % 5)", "60000"])
        default:
            return EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Service Control Manager", eventID: 7036,
                qualifiers: 16384, level: 4, time: time,
                data: [service, number % 2 == 0 ? "running" : "stopped", "record \(number)"])
        }
    }

    private static func put(_ bytes: inout [UInt8], at offset: Int, _ value: UInt64, width: Int) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }
}
