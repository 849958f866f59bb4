import CaseFixtures
import Formats
import Foundation

// bench-capture [--size-mb N] [--keep]: writes a capture of many SMTP sessions among
// background traffic, then times CaptureReader, `tshark -Y smtp` and `capinfos` on it in the
// same run. --keep leaves the file in place; --file PATH times an existing capture instead;
// --reader-only skips the reference tools (to measure the reader's memory alone).

var sizeMB = 1024
if let flag = CommandLine.arguments.firstIndex(of: "--size-mb"), flag + 1 < CommandLine.arguments.count,
    let value = Int(CommandLine.arguments[flag + 1])
{
    sizeMB = value
}

let arguments = CommandLine.arguments
let existing = arguments.firstIndex(of: "--file").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-capture-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { if !arguments.contains("--keep") { try? FileManager.default.removeItem(at: folder) } }
let file = existing.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("bench.pcap")
if existing == nil { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
let handle = try FileHandle(forWritingTo: existing == nil ? file : URL(fileURLWithPath: "/dev/null"))

if existing == nil { print("writing \(sizeMB) MB capture to \(file.path) …") }
let writer = PcapWriter(output: handle)
var time = FixtureClock.incident
var session = 0
if existing != nil { sizeMB = 0 }
let body = String(repeating: "ServerProtect notification: virus found in C:\\share\\file.exe\r\n", count: 40)
while writer.bytesWritten < sizeMB * 1_000_000 {
    let client = FixtureEndpoint(
        "10.\(session / 65536 % 256).\(session / 256 % 256).\(session % 256)", 1024 + UInt16(session % 60000))
    var conversation = SmtpConversation.delivery(client: client, server: FixtureEndpoint("192.0.2.25", 25), body: body)
    if session % 10 == 3 { conversation.opening = .refused }
    if session % 7 == 1 { conversation.segmentSize = 500 }
    for packet in conversation.packets(start: time) { writer.write(ip: packet.ip, at: packet.time) }
    for packet in BackgroundTraffic.dnsLookup(client: client, resolver: "192.0.2.53", id: UInt16(session % 65536))
        + BackgroundTraffic.https(client: client, server: "198.51.100.7", bytes: 1200)
    {
        writer.write(ip: packet, at: time)
    }
    time = time.addingTimeInterval(0.05)
    session += 1
}
writer.finish()
try handle.close()
let fileSize = Double((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
func countPackets() throws -> Double {
    var counter = CaptureReader()
    let input = try FileHandle(forReadingFrom: file)
    while let block = try input.read(upToCount: 1 << 20), !block.isEmpty {
        block.withUnsafeBytes { counter.consume($0) }
    }
    return Double(counter.finish().packets)
}
let packets = existing == nil ? Double(writer.packetsWritten) : try countPackets()
print("capture: \(Int(fileSize / 1e6)) MB, \(Int(packets)) packets, \(session) SMTP sessions written")

func report(_ name: String, seconds: Double) -> Double {
    let mbs = fileSize / 1e6 / seconds
    let label = name.padding(toLength: 30, withPad: " ", startingAt: 0)
    print(label + String(format: "%8.2f s %9.1f MB/s %12.0f packets/s", seconds, mbs, packets / seconds))
    return seconds
}

func timeTool(_ path: String, _ arguments: [String]) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: path) else {
        print("\(path) not installed: skipped")
        return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = Date()
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    return Date().timeIntervalSince(start)
}

let input = try FileHandle(forReadingFrom: file)
let start = Date()
var reader = CaptureReader()
while let block = try input.read(upToCount: 1 << 20), !block.isEmpty {
    block.withUnsafeBytes { reader.consume($0) }
}
let summary = reader.finish()
let ours = report("CaptureReader (1 MiB blocks)", seconds: Date().timeIntervalSince(start))
print("  read \(summary.packets) packets, outcomes \(summary.outcomeCounts), damage \(summary.damage.count)")

if arguments.contains("--reader-only") { exit(0) }
if let seconds = timeTool("/usr/bin/tshark", ["-r", file.path, "-Y", "smtp"]) {
    _ = report("tshark -Y smtp", seconds: seconds)
    print(String(format: "  CaptureReader is %.1f× tshark", seconds / ours))
}
if let seconds = timeTool("/usr/bin/capinfos", [file.path]) {
    _ = report("capinfos", seconds: seconds)
    print(String(format: "  CaptureReader is %.2f× capinfos", seconds / ours))
}
