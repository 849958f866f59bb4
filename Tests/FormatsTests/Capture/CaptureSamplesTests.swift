import Formats
import Foundation
import Testing

/// The real captures under `shared/samples/pcap`, checked against what tshark reads from them.
@Suite struct CaptureSamplesTests {
    static let folder = SharedSamples.folder.appendingPathComponent("pcap")
    static let tshark = "/usr/bin/tshark"
    static let available =
        FileManager.default.fileExists(atPath: folder.path)
        && FileManager.default.isExecutableFile(atPath: tshark)

    static var files: [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".pcap") || $0.hasSuffix(".pcapng") }.sorted()
    }

    static func read(_ url: URL, blockSize: Int) throws -> CaptureSummary {
        let data = try Data(contentsOf: url)
        var reader = CaptureReader()
        data.withUnsafeBytes { all in
            var start = 0
            while start < all.count {
                let end = min(start + blockSize, all.count)
                reader.consume(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        return reader.finish()
    }

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tshark)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test(
        "packet count and first/last packet time equal tshark's", .enabled(if: available, "samples or tshark missing"),
        arguments: files)
    func packetsAndTimes(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let summary = try Self.read(url, blockSize: 1 << 20)
        let times = try Self.run(["-r", url.path, "-T", "fields", "-e", "frame.time_epoch"])
            .split(separator: "\n").compactMap { Double($0) }
        #expect(summary.packets == times.count)
        #expect(summary.damage.isEmpty, "\(summary.damage)")
        #expect((summary.firstPacket == nil) == times.isEmpty)
        if let first = times.min(), let last = times.max() {
            let ourFirst = try #require(summary.firstPacket).timeIntervalSince1970
            let ourLast = try #require(summary.lastPacket).timeIntervalSince1970
            #expect(abs(ourFirst - first) < 2e-6)
            #expect(abs(ourLast - last) < 2e-6)
        }
    }

    /// tshark lists one `smtp.response.code` per reply *within a frame* (several per frame,
    /// comma-separated), so a multi-line reply split over two segments counts twice there. The
    /// expected sequence drops that repeat: when the stream's last complete line before a frame
    /// is a `ddd-` continuation line, that frame's first code continues the same reply.
    @Test(
        "reply codes per SMTP session equal tshark's smtp.response.code sequence",
        .enabled(if: available, "samples or tshark missing"), arguments: files)
    func replyCodes(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let summary = try Self.read(url, blockSize: 1 << 20)
        let expected = try Self.tsharkReplyCodes(url)
        var ours: [String: [Int]] = [:]
        for session in summary.smtpSessions where !session.replyCodes.isEmpty {
            ours["\(session.client) -> \(session.server)", default: []] += session.replyCodes
        }
        #expect(ours == expected)
    }

    /// Reply codes per `client -> server` as tshark decodes them, a split reply counted once.
    /// Every frame with new payload is listed (retransmissions excluded, as tshark does not
    /// dissect them again), so that the test can follow where lines end.
    static func tsharkReplyCodes(_ url: URL) throws -> [String: [Int]] {
        let filter =
            "tcp.len > 0 && !tcp.analysis.retransmission && !tcp.analysis.spurious_retransmission"
            + " && !tcp.analysis.fast_retransmission"
        let lines = try run([
            "-r", url.path, "-Y", filter, "-T", "fields", "-E", "separator=/t",
            "-e", "ip.src", "-e", "ipv6.src", "-e", "tcp.srcport", "-e", "ip.dst", "-e", "ipv6.dst", "-e",
            "tcp.dstport",
            "-e", "smtp.response.code", "-e", "tcp.payload",
        ]).split(separator: "\n")
        var expected: [String: [Int]] = [:]
        var pendingBytes: [String: [UInt8]] = [:]
        var insideReply: Set<String> = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8 else { continue }
            let server = fields[0].isEmpty ? "[\(fields[1])]:\(fields[2])" : "\(fields[0]):\(fields[2])"
            let client = fields[3].isEmpty ? "[\(fields[4])]:\(fields[5])" : "\(fields[3]):\(fields[5])"
            let key = "\(client) -> \(server)"
            var codes = fields[6].split(separator: ",").compactMap { Int($0) }
            if insideReply.contains(key), !codes.isEmpty { codes.removeFirst() }
            if !codes.isEmpty { expected[key, default: []] += codes }
            var bytes = pendingBytes[key, default: []] + hexBytes(fields[7])
            while let lf = bytes.firstIndex(of: 0x0A) {
                let complete = bytes[..<lf]
                if complete.count >= 4 {
                    let continues = complete[complete.startIndex + 3] == UInt8(ascii: "-")
                    if continues { insideReply.insert(key) } else { insideReply.remove(key) }
                } else {
                    insideReply.remove(key)
                }
                bytes.removeSubrange(...lf)
            }
            pendingBytes[key] = Array(bytes.suffix(4096))
        }
        return expected
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), next > index {
            if let byte = UInt8(hex[index..<next], radix: 16) { bytes.append(byte) }
            index = next
        }
        return bytes
    }

    @Test(
        "reading in 7-byte blocks gives the same summary as in 1 MiB blocks",
        .enabled(if: available, "samples missing"), arguments: files)
    func smallBlocks(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        #expect(try Self.read(url, blockSize: 7) == Self.read(url, blockSize: 1 << 20))
    }

    /// Outcomes from the descriptions in samples/MANIFEST.md.
    @Test(
        "session outcomes match the MANIFEST descriptions", .enabled(if: available, "samples missing"),
        arguments: [
            ("nDPI/synscan.pcap", SmtpOutcome.refused), ("nDPI/smtps.pcapng", .tls),
            ("suricata-verify/smtp-data-rejected.pcap", .rejected), ("suricata-verify/smtp-startssl.pcap", .tls),
            ("zeek/smtp-starttls.pcap", .tls), ("zeek/smtp-multi-addr.pcap", .delivered),
            ("zeek/smtp-bdat-cmd-invalid.pcapng", .rejected),
        ])
    func outcomes(file: String, expected: SmtpOutcome) throws {
        let summary = try Self.read(Self.folder.appendingPathComponent(file), blockSize: 1 << 20)
        // The SYN scan also probes 465 and 587, unanswered; MANIFEST speaks of port 25 (and 465 for smtps).
        let port = file.contains("smtps") ? ":465" : ":25"
        let outcomes = summary.smtpSessions.filter { $0.server.hasSuffix(port) }.map(\.outcome)
        #expect(!outcomes.isEmpty && outcomes.allSatisfy { $0 == expected }, "\(outcomes)")
    }
}
