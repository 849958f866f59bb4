import Foundation

/// Seeds from `../shared/samples` (public files the project was measured on), read in place and
/// cut into units each target runs fast on: evtx header + one chunk, the first bytes of a capture,
/// slices of long text logs.
enum SampleSeeds {
    /// Which target reads a sample, by its folder under the samples root and its extension.
    static func target(for relativePath: String) -> String? {
        let lower = relativePath.lowercased()
        if lower.hasSuffix(".evtx") { return "evtx" }
        if lower.hasSuffix(".evt") { return "evt" }
        if lower.hasSuffix(".msg") { return "msg" }
        let folders: [(String, String)] = [
            ("pcap/", "capture"), ("mail/", "mail"), ("maillog/", "maillog"), ("msinfo32/", "msinfo"),
            ("spnt/", "spnt"), ("telnet/", "telnet"),
        ]
        return folders.first { lower.hasPrefix($0.0) }?.1
    }

    static func all(in root: URL) -> [(String, String, [UInt8])] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var seeds: [(String, String, [UInt8])] = []
        let rootPath = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count))
            guard let target = target(for: relative), let maxLength = FuzzTargets.named(target)?.maxLength,
                let data = try? Data(contentsOf: url)
            else { continue }
            let name = "sample-" + relative.replacingOccurrences(of: "/", with: "_")
            for (index, unit) in units(Array(data), target: target, maxLength: maxLength).enumerated() {
                seeds.append((target, "\(name)-\(index)", unit))
            }
            for (index, unit) in recordUnits(Array(data), target: target).enumerated() {
                seeds.append((target + (target == "evtx" ? "-chunk" : "-records"), "\(name)-\(index)", unit))
            }
        }
        return seeds
    }

    /// At most four units per sample: more of one file adds little the mutator would not find.
    static func units(_ bytes: [UInt8], target: String, maxLength: Int) -> [[UInt8]] {
        switch target {
        case "evtx":
            return EventLogUnits.evtxFiles(bytes, maxUnits: 4)
        case "evt":
            // The header, then windows of records (the reader finds records by their signature).
            let header = Array(bytes.prefix(0x30))
            return stride(from: 0x30, to: bytes.count, by: maxLength - 0x30).prefix(4).map {
                header + bytes[$0..<min(bytes.count, $0 + maxLength - 0x30)]
            }
        case "capture", "msg":
            return [Array(bytes.prefix(maxLength))]
        default:
            return stride(from: 0, to: max(1, bytes.count), by: maxLength).prefix(4).map {
                Array(bytes[$0..<min(bytes.count, $0 + maxLength)])
            }
        }
    }

    /// The same logs for the unit targets: evtx chunks, and .evt windows without their header.
    static func recordUnits(_ bytes: [UInt8], target: String) -> [[UInt8]] {
        switch target {
        case "evtx":
            return EventLogUnits.evtxChunks(bytes, maxUnits: 4)
        case "evt":
            return units(bytes, target: target, maxLength: 65_536).map { Array($0.dropFirst(0x30)) }
        default:
            return []
        }
    }
}
