import Formats
import Foundation

/// Times the two parsers.
enum Stopwatch {
    /// Streams the file through EventLogReader in blocks of `blockSize` bytes.
    static func readEvtx(
        path: String, blockSize: Int, keep: (@Sendable (EventRecord) -> Bool)? = nil, lanes: Int = 1
    ) throws -> (EventLogSummary, Double) {
        guard let file = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
        defer { try? file.close() }
        let start = DispatchTime.now().uptimeNanoseconds
        var reader = keep.map { EventLogReader(keep: $0, lanes: lanes) } ?? EventLogReader(lanes: lanes)
        var buffer = [UInt8](repeating: 0, count: blockSize)
        let descriptor = file.fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, blockSize) }
            if count <= 0 { break }
            buffer.withUnsafeBytes { reader.consume(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        let summary = reader.finish()
        return (summary, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Runs `PyEvtxParser(path, number_of_threads=threads).records()` (XML output; 0 = the parser's
    /// default, all cores) in python3.
    static func runRustEvtx(path: String, threads: Int) -> (records: Int, seconds: Double)? {
        let script = """
            import sys, time
            from evtx import PyEvtxParser
            start = time.perf_counter()
            n = 0
            it = PyEvtxParser(sys.argv[1], number_of_threads=int(sys.argv[2])).records()
            while True:
                try:
                    next(it)
                    n += 1
                except StopIteration:
                    break
                except Exception:
                    pass
            print(n, time.perf_counter() - start)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, String(threads)]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: output, as: UTF8.self).split(separator: " ")
        guard process.terminationStatus == 0, fields.count == 2, let records = Int(fields[0]),
            let seconds = Double(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return (records, seconds)
    }
}

enum BenchJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
