import CaseFixtures
import Formats
import Foundation
import Testing

/// The real logs of the corpus read as the Rust `evtx` parser reads them, and name the channel
/// MANIFEST.md gives for them.
@Suite(.enabled(if: EventLogSamples.available, "samples not found at ../shared/samples: sample tests skipped"))
struct EvtxSampleTests {
    static let reference: [String: RustEvtxReference.Facts]? = {
        guard RustEvtxReference.available else { return nil }
        let paths = EventLogSamples.evtxFiles.map { EventLogSamples.evtxFolder.appendingPathComponent($0).path }
        return RustEvtxReference.facts(for: paths)
    }()

    static func read(_ file: String, blockSize: Int = 1 << 20) throws -> EventLogSummary {
        stream(try EventLogSamples.bytes(file), into: EventLogReader(), blockSize: blockSize)
    }

    @Test(
        "record count and first/last event time equal the Rust evtx parser's, to the microsecond",
        .enabled(if: RustEvtxReference.available, "python3 cannot import evtx (pip install evtx): skipped"),
        arguments: EventLogSamples.evtxFiles)
    func matchesRustEvtx(file: String) throws {
        let facts = try #require(Self.reference?[EventLogSamples.evtxFolder.appendingPathComponent(file).path])
        let summary = try Self.read(file)
        #expect(summary.records == facts.records)
        #expect(microsecondsSince1970(summary.firstEvent) == facts.first)
        #expect(microsecondsSince1970(summary.lastEvent) == facts.last)
    }

    @Test("the log's channel is the one MANIFEST.md lists for it", arguments: EventLogSamples.evtxFiles)
    func channelMatchesManifest(file: String) throws {
        guard let expected = try Self.manifestChannel(of: file) else {
            // MANIFEST has no channel tally where python-evtx could not read the file (MSExchange_Management_wec).
            try Test.cancel("MANIFEST.md lists no channels for \(file)")
        }
        #expect(try Self.read(file).channel == expected)
    }

    @Test(
        "reading in 7-byte blocks gives the same summary as in 1 MiB blocks",
        arguments: [
            "DeepBlueCLI/disablestop-eventlog.evtx", "plaso/System2.evtx",
            "omerbenamram-evtx/sample_with_a_bad_chunk_magic.evtx",
        ])
    func blockSizeIndependent(file: String) throws {
        #expect(try Self.read(file, blockSize: 7) == Self.read(file, blockSize: 1 << 20))
        #expect(try Self.read(file, blockSize: 1000) == Self.read(file, blockSize: 1 << 20))
    }

    @Test(
        "a log written by EvtxWriter reads the same in the Rust evtx parser",
        .enabled(if: RustEvtxReference.available, "python3 cannot import evtx (pip install evtx): skipped"))
    func writerOutputIsValidForRust() throws {
        let events = EvtxRoundTripTests.tenEvents
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evtx-writer-\(getpid()).evtx")
        try Data(EvtxWriter.file(events, maxRecordsPerChunk: 3)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let facts = try #require(RustEvtxReference.facts(for: [file.path])?[file.path])
        #expect(facts.records == events.count)
        let first = try #require(events.map(\.time).min())
        #expect(facts.first == microsecondsSince1970(first))
    }

    /// The channel with the highest count in the MANIFEST's "channels {...}" line for the file.
    static func manifestChannel(of file: String) throws -> String? {
        let manifest = try EventLogSamples.manifest()
        guard let section = manifest.range(of: "**`evtx/\(file)`**") else { return nil }
        let rest = manifest[section.upperBound...]
        let sectionEnd = rest.range(of: "\n**`")?.lowerBound ?? rest.endIndex
        guard let line = rest[..<sectionEnd].split(separator: "\n").first(where: { $0.contains("channels {") }),
            let open = line.range(of: "channels {"), let close = line[open.upperBound...].firstIndex(of: "}")
        else { return nil }
        let pairs = line[open.upperBound..<close].split(separator: ",").compactMap { pair -> (String, Int)? in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let count = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return (parts[0].trimmingCharacters(in: CharacterSet(charactersIn: " '")), count)
        }
        return pairs.max { $0.1 < $1.1 }?.0
    }
}
