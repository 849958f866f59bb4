/// Writes an OLE compound file ([MS-CFB], version 3: 512-byte sectors) from a tree of storages and
/// streams: streams under 4096 bytes go to the mini stream (64-byte sectors), larger ones to
/// regular sectors, each chained in its FAT; siblings are ordered as MS-CFB 2.6.4 compares names.
///
/// Re-saves an Outlook item attached to a message as a `.msg` of its own, and writes the fixtures'.
/// The FAT is listed in the header only (no DIFAT sectors), which bounds a file to about 6.8 MB.
public struct CompoundFileWriter {
    /// A storage or stream of the tree.
    public indirect enum Node {
        case storage(String, [Node])
        case stream(String, [UInt8])

        public var name: String {
            switch self {
            case .storage(let name, _), .stream(let name, _): name
            }
        }
    }

    static let sectorSize = 512
    static let miniSectorSize = 64
    static let miniCutoff = 4096
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let free: UInt32 = 0xFFFF_FFFF
    static let fatSector: UInt32 = 0xFFFF_FFFD

    private struct Entry {
        var name: String
        var type: UInt8
        var children: [Int] = []
        var data: [UInt8] = []
        var start: UInt32 = endOfChain
        var size = 0
        var right: UInt32 = free
        var child: UInt32 = free
    }

    /// The most FAT sectors the header lists; a larger file would need DIFAT sectors.
    static let maxFATSectors = 109
    /// The most bytes a file can hold: what `maxFATSectors` map, less the FAT itself.
    public static let maxFileBytes = (maxFATSectors * sectorSize / 4 - maxFATSectors) * sectorSize

    /// The file holding `nodes` under the root storage, or nil when it would be larger than the
    /// header's FAT list can map (about 6.8 MB).
    public static func file(_ nodes: [Node]) -> [UInt8]? {
        var entries = [Entry(name: "Root Entry", type: 5)]
        func add(_ node: Node, parent: Int) {
            let index = entries.count
            switch node {
            case .storage(let name, let children):
                entries.append(Entry(name: name, type: 1))
                children.forEach { add($0, parent: index) }
            case .stream(let name, let data):
                entries.append(Entry(name: name, type: 2, data: data, size: data.count))
            }
            entries[parent].children.append(index)
        }
        nodes.forEach { add($0, parent: 0) }
        // Siblings as a degenerate (right-leaning) binary tree in MS-CFB order: shorter names first,
        // then by upper-cased UTF-16.
        for index in entries.indices where !entries[index].children.isEmpty {
            let sorted = entries[index].children.sorted {
                let (a, b) = (entries[$0].name, entries[$1].name)
                return a.utf16.count != b.utf16.count
                    ? a.utf16.count < b.utf16.count
                    : a.uppercased().utf16.lexicographicallyPrecedes(b.uppercased().utf16)
            }
            entries[index].child = UInt32(sorted[0])
            for (left, right) in zip(sorted, sorted.dropFirst()) { entries[left].right = UInt32(right) }
        }

        // The mini stream: small streams in 64-byte sectors.
        var miniStream: [UInt8] = []
        var miniFAT: [UInt32] = []
        for index in entries.indices where entries[index].type == 2 && entries[index].size < miniCutoff {
            guard entries[index].size > 0 else { continue }
            let first = miniFAT.count
            let count = (entries[index].size + miniSectorSize - 1) / miniSectorSize
            entries[index].start = UInt32(first)
            miniFAT += (0..<count).map { $0 == count - 1 ? endOfChain : UInt32(first + $0 + 1) }
            miniStream += padded(entries[index].data, to: miniSectorSize)
        }
        entries[0].size = miniStream.count

        // Regular sectors: directory, mini FAT, mini stream, large streams; FAT sectors first.
        var directory: [UInt8] = []
        var blobs: [(data: [UInt8], owner: Int?)] = []  // owner: the directory entry whose start it sets
        var miniFATBytes: [UInt8] = []
        miniFAT.forEach { le32($0, &miniFATBytes) }
        miniFATBytes += [UInt8](repeating: 0xFF, count: (sectorSize - miniFATBytes.count % sectorSize) % sectorSize)
        blobs.append((miniFATBytes, nil))
        blobs.append((miniStream, 0))
        for index in entries.indices where entries[index].type == 2 && entries[index].size >= miniCutoff {
            blobs.append((entries[index].data, index))
        }
        let directorySectors = (entries.count * 128 + sectorSize - 1) / sectorSize
        let blobSectors = blobs.map { ($0.data.count + sectorSize - 1) / sectorSize }
        var fatSectors = 1
        while fatSectors * (sectorSize / 4) < fatSectors + directorySectors + blobSectors.reduce(0, +) {
            fatSectors += 1
        }
        guard fatSectors <= maxFATSectors else { return nil }

        var fat: [UInt32] = Array(repeating: fatSector, count: fatSectors)
        func chain(_ count: Int) -> UInt32 {
            guard count > 0 else { return endOfChain }
            let first = fat.count
            fat += (0..<count).map { $0 == count - 1 ? endOfChain : UInt32(first + $0 + 1) }
            return UInt32(first)
        }
        let directoryStart = chain(directorySectors)
        var miniFATStart = endOfChain
        for (position, blob) in blobs.enumerated() {
            let start = chain(blobSectors[position])
            if let owner = blob.owner { entries[owner].start = start } else { miniFATStart = start }
        }
        if miniStream.isEmpty { entries[0].start = endOfChain }
        fat += Array(repeating: free, count: fatSectors * (sectorSize / 4) - fat.count)

        for entry in entries { directory += directoryEntry(entry) }
        while directory.count % sectorSize != 0 { directory += directoryEntry(Entry(name: "", type: 0)) }

        var header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += [0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00]  // minor, major 3, byte order, shifts
        header += [UInt8](repeating: 0, count: 10)
        le32(UInt32(fatSectors), &header)  // 0x2C number of FAT sectors
        le32(directoryStart, &header)  // 0x30
        le32(0, &header)  // 0x34 transaction signature
        le32(UInt32(miniCutoff), &header)  // 0x38
        le32(miniFATStart, &header)  // 0x3C
        le32(UInt32(miniFAT.isEmpty ? 0 : blobSectors[0]), &header)  // 0x40 mini FAT sectors
        le32(endOfChain, &header)  // 0x44 first DIFAT sector
        le32(0, &header)  // 0x48 DIFAT sectors
        for index in 0..<109 { le32(index < fatSectors ? UInt32(index) : free, &header) }

        var output = header
        fat.forEach { le32($0, &output) }
        output += directory
        for blob in blobs { output += padded(blob.data, to: sectorSize) }
        return output
    }

    private static func directoryEntry(_ entry: Entry) -> [UInt8] {
        var bytes: [UInt8] = []
        let units = Array(entry.name.utf16.prefix(31)) + [0]
        for unit in units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes += [UInt8](repeating: 0, count: 64 - bytes.count)
        bytes += [UInt8(units.count * 2), 0, entry.type, 1]  // name length, type, colour black
        le32(free, &bytes)  // left sibling
        le32(entry.right, &bytes)
        le32(entry.child, &bytes)
        bytes += [UInt8](repeating: 0, count: 16 + 4 + 16)  // CLSID, state bits, times
        le32(entry.start, &bytes)
        le32(UInt32(entry.size), &bytes)
        le32(0, &bytes)
        return bytes
    }

    private static func padded(_ bytes: [UInt8], to size: Int) -> [UInt8] {
        bytes + [UInt8](repeating: 0, count: (size - bytes.count % size) % size)
    }

    private static func le32(_ value: UInt32, _ output: inout [UInt8]) {
        output += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
