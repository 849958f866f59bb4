import CaseFixtures
import Foundation

/// The benchmark's inputs, written once into a build folder and reused while their recipe is unchanged.
struct BenchInputs {
    /// Changes whenever the writers below change what they write, so stale inputs are rebuilt.
    static let recipe = "bench-case-1"

    let folder: String
    var bigCase: String { folder + "/big-case.zip" }
    var capture: String { folder + "/smtp-capture.pcap" }
    var smallFiles: String { folder + "/small-files.zip" }
    private var eventLog: String { folder + "/System.evtx" }
    private var stamp: String { folder + "/recipe" }

    /// Writes whatever is missing or was written by another recipe.
    func prepare(eventLogMB: Int, captureMB: Int, sessions: Int, files: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let wanted = "\(Self.recipe) evtx=\(eventLogMB) capture=\(captureMB) sessions=\(sessions) files=\(files)"
        let present = [bigCase, capture, smallFiles].allSatisfy { FileManager.default.fileExists(atPath: $0) }
        if present, (try? String(contentsOfFile: stamp, encoding: .utf8)) == wanted {
            print("inputs in \(folder) (\(wanted)), reused")
            return
        }
        try? FileManager.default.removeItem(atPath: stamp)
        print("writing inputs to \(folder) (\(wanted)); this takes a minute or two …")
        let records = try SystemEventLogInput.write(to: eventLog, megabytes: eventLogMB)
        print("  System.evtx: \(megabytes(eventLog)) MB, \(records) records")
        let written = try SmtpCaptureInput.write(to: capture, megabytes: captureMB, sessions: sessions)
        print("  smtp-capture.pcap: \(megabytes(capture)) MB, \(written.packets) packets, \(sessions) SMTP sessions")
        try writeZip(bigCase) { zip in
            try add(eventLog, as: "イベントログ/System.evtx", to: &zip)
            try add(capture, as: "capture/smtp-capture.pcap", to: &zip)
        }
        try? FileManager.default.removeItem(atPath: eventLog)
        print("  big-case.zip: \(megabytes(bigCase)) MB")
        try writeZip(smallFiles) { zip in
            for index in 0..<files {
                let name = "logs/host-\(index % 40)/job-\(String(format: "%05d", index)).txt"
                try zip.addFile(name: .utf8(name), contents: Self.smallText(index))
            }
        }
        print("  small-files.zip: \(megabytes(smallFiles)) MB, \(files) files")
        try wanted.write(toFile: stamp, atomically: true, encoding: .utf8)
    }

    /// A few lines of a job log, different in every file.
    static func smallText(_ index: Int) -> [UInt8] {
        var text = "job \(index) on host-\(index % 40)\r\n"
        for line in 0..<(2 + index % 5) {
            text += "2026-11-\(10 + line) 0\(line):\(10 + index % 50):00 step \(line) ok, \(index * 7 % 1000) items\r\n"
        }
        return Array(text.utf8)
    }

    private func writeZip(_ path: String, _ fill: (inout ZipWriter) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? output.close() }
        var zip = ZipWriter(to: output)
        try fill(&zip)
        _ = try zip.finish()
    }

    /// Streams a file into the zip in 1 MiB pieces.
    private func add(_ path: String, as name: String, to zip: inout ZipWriter) throws {
        guard let input = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? input.close() }
        try zip.addFile(name: .utf8(name)) { chunk in
            let data = try input.read(upToCount: 1 << 20) ?? Data()
            chunk.append(contentsOf: data)
            return !data.isEmpty
        }
    }

    private func megabytes(_ path: String) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return String(format: "%.1f", Double(size) / 1e6)
    }
}
