import Formats
import Foundation

// bench-evtx: builds a large .evtx from real chunks and times our reader next to the Rust `evtx`
// parser (PyPI) on the same file in the same run.
//   swift run -c release bench-evtx [--size-mb N] [--source FILE]
//   swift run -c release bench-evtx --summarize FILE...   (prints our summary as JSON)
//   swift run -c release bench-evtx --dump FILE   (prints every record as a JSON line)
//   swift run -c release bench-evtx --time FILE   (times our reader alone)
//   swift run -c release bench-evtx --build FILE MB   (only builds the large file)

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--summarize" {
    for path in arguments.dropFirst() {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var summary: EventLogSummary
        if EventLogSignature.isEvt(data.prefix(EventLogSignature.prefixLength)) {
            var reader = LegacyEventLogReader(keep: { _ in true })
            reader.consume(data)
            summary = reader.finish()
        } else {
            var reader = EventLogReader(keep: { _ in true })
            reader.consume(data)
            summary = reader.finish()
        }
        summary.keptRecords = Array(summary.keptRecords.prefix(3))
        print(path, try String(decoding: BenchJSON.encoder.encode(summary), as: UTF8.self))
    }
    exit(0)
}

if arguments.first == "--dump", arguments.count == 2 {
    let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: arguments[1])))
    var reader = EventLogReader(keep: { _ in true }, maxKept: .max)
    reader.consume(data)
    for record in reader.finish().keptRecords {
        print(String(decoding: try BenchJSON.encoder.encode(record), as: UTF8.self))
    }
    exit(0)
}

if arguments.first == "--time", arguments.count == 2 {
    let (summary, seconds) = try Stopwatch.readEvtx(path: arguments[1], blockSize: 1 << 20)
    print(
        String(
            format: "summary only: %d records in %.3f s = %.0f records/s", summary.records, seconds,
            Double(summary.records) / seconds))
    let (errors, keeping) = try Stopwatch.readEvtx(path: arguments[1], blockSize: 1 << 20, keep: { $0.level <= 3 })
    print(
        String(
            format: "keeping errors and warnings (%d kept, inserts decoded): %.3f s = %.0f records/s",
            errors.keptRecords.count, keeping, Double(errors.records) / keeping))
    let lanes = EventLogReader.availableLanes
    let (_, laned) = try Stopwatch.readEvtx(
        path: arguments[1], blockSize: 1 << 20, keep: { $0.level <= 3 }, lanes: lanes)
    print(String(format: "the same on %d lanes: %.3f s = %.2f× one lane", lanes, laned, keeping / laned))
    exit(0)
}

if arguments.first == "--build", arguments.count == 3, let megabytes = Int(arguments[2]) {
    let built = try BigEvtxBuilder.build(
        from: "/work/shared/samples/evtx/plaso/System.evtx", to: arguments[1],
        megabytes: megabytes)
    print("built \(arguments[1]): \(built.bytes) bytes, \(built.chunks) chunks")
    exit(0)
}

var sizeMB = 200
var source = "/work/shared/samples/evtx/plaso/System.evtx"
while let option = arguments.first {
    arguments.removeFirst()
    switch option {
    case "--size-mb": sizeMB = arguments.first.flatMap { Int($0) } ?? sizeMB; arguments = Array(arguments.dropFirst())
    case "--source": source = arguments.first ?? source; arguments = Array(arguments.dropFirst())
    default: print("unknown option \(option)"); exit(2)
    }
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-evtx-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let big = directory.appendingPathComponent("big.evtx").path
let built = try BigEvtxBuilder.build(from: source, to: big, megabytes: sizeMB)
print("built \(big): \(built.bytes) bytes, \(built.chunks) chunks from \(source)")

let (summary, ours) = try Stopwatch.readEvtx(path: big, blockSize: 1 << 20)
print(
    String(
        format: "caseintake EventLogReader: %d records in %.3f s = %.0f records/s, damage: %@",
        summary.records, ours, Double(summary.records) / ours,
        summary.damage.map { "\($0.code) x\($0.count)" }.joined(separator: ", ")))

for (threads, label) in [(0, "default threads (all cores)"), (1, "1 thread")] {
    guard let reference = Stopwatch.runRustEvtx(path: big, threads: threads) else {
        print("evtx (Rust, PyPI) not available: `python3 -c \"import evtx\"` failed")
        break
    }
    print(
        String(
            format: "evtx (Rust, PyPI) records(), %@: %d records in %.3f s = %.0f records/s",
            label, reference.records, reference.seconds, Double(reference.records) / reference.seconds))
    print(String(format: "  ratio (their time / our time): %.2f", reference.seconds / ours))
}
