/// A read-only view of an OLE compound file (MS-CFB) held in memory: header, FAT, mini FAT and
/// the directory, enough to read the streams of one storage. Every sector number and size is
/// checked against the file; chains are cut at the file's sector count so loops end.
struct CompoundFile {
    /// One directory entry [MS-CFB 2.6.1].
    struct Entry {
        var name: String
        var type: UInt8
        var left: UInt32
        var right: UInt32
        var child: UInt32
        var start: UInt32
        var size: UInt64
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]  // [MS-CFB 2.2]
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let noStream: UInt32 = 0xFFFF_FFFF

    let bytes: [UInt8]
    let sectorSize: Int
    let miniSectorSize: Int
    let miniCutoff: UInt64
    private(set) var fat: [UInt32] = []
    private(set) var miniFat: [UInt32] = []
    private(set) var entries: [Entry] = []
    private(set) var miniStream: [UInt8] = []
    private(set) var problems: [String] = []

    /// Reads the structures; nil when the header is not a compound file header.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 512, Array(bytes[0..<8]) == Self.signature else { return nil }
        self.bytes = bytes
        let shift = Int(Self.u16(bytes, 0x1E))  // [MS-CFB 2.2] sector shift 9 or 12
        let miniShift = Int(Self.u16(bytes, 0x20))
        guard shift == 9 || shift == 12, miniShift == 6 else { return nil }
        sectorSize = 1 << shift
        miniSectorSize = 1 << miniShift
        miniCutoff = UInt64(Self.u32(bytes, 0x38))
        readFAT()
        let directory = chain(from: Self.u32(bytes, 0x30))
        readDirectory(directory)
        miniFat = chain(from: Self.u32(bytes, 0x3C)).flatMap(words)
        if let root = entries.first {
            miniStream = read(chain(from: root.start), size: root.size)
        }
    }

    /// Sectors the file can hold: the bound of every chain walk.
    private var sectorCount: Int { max(0, bytes.count / sectorSize &- 1) }

    private func sector(_ number: UInt32) -> ArraySlice<UInt8>? {
        let index = Int(number)
        guard index < sectorCount else { return nil }
        let start = (index &+ 1) &* sectorSize
        return bytes[start..<(start &+ sectorSize)]
    }

    private func words(_ slice: ArraySlice<UInt8>) -> [UInt32] {
        stride(from: slice.startIndex, to: slice.endIndex &- 3, by: 4).map { Self.u32(bytes, $0) }
    }

    private mutating func readFAT() {
        // [MS-CFB 2.2] 109 DIFAT entries at 0x4C, then DIFAT sectors chained by their last word.
        var fatSectors = (0..<109).map { Self.u32(bytes, 0x4C &+ $0 &* 4) }
        var next = Self.u32(bytes, 0x44)
        var steps = 0
        while next < 0xFFFF_FFFA, let slice = sector(next), steps < sectorCount {
            let list = words(slice)
            fatSectors.append(contentsOf: list.dropLast())
            next = list.last ?? Self.endOfChain
            steps &+= 1
        }
        for number in fatSectors where number < 0xFFFF_FFFA {
            guard let slice = sector(number) else {
                problems.append("FAT sector \(number) lies beyond the end of the file")
                continue
            }
            fat.append(contentsOf: words(slice))
            if fat.count > sectorCount &* 2 &+ 1024 { break }
        }
    }

    /// The sectors of a chain, cut at a number outside the FAT or at a sector it already went
    /// through: a sound chain never returns to a sector, and a loop would repeat one sector until
    /// the chain were as long as the file.
    func chain(from start: UInt32) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var visited = Set<UInt32>()
        var current = start
        while current < 0xFFFF_FFFA, visited.insert(current).inserted, let slice = sector(current) {
            result.append(slice)
            guard Int(current) < fat.count else { break }
            current = fat[Int(current)]
        }
        return result
    }

    private func read(_ sectors: [ArraySlice<UInt8>], size: UInt64) -> [UInt8] {
        var data: [UInt8] = []
        let wanted = Int(min(size, UInt64(sectors.count &* sectorSize)))
        data.reserveCapacity(wanted)
        for slice in sectors where data.count < wanted { data.append(contentsOf: slice.prefix(wanted &- data.count)) }
        return data
    }

    private mutating func readDirectory(_ sectors: [ArraySlice<UInt8>]) {
        for slice in sectors {
            var offset = slice.startIndex
            while offset &+ 128 <= slice.endIndex {
                // [MS-CFB 2.6.1] name 0:64 UTF-16LE, length 0x40, type 0x42, left/right/child 0x44/0x48/0x4C,
                // start sector 0x74, size 0x78.
                let nameLength = min(64, Int(Self.u16(bytes, offset &+ 0x40)))
                let units = stride(from: 0, to: max(0, nameLength &- 2), by: 2).map { Self.u16(bytes, offset &+ $0) }
                entries.append(
                    Entry(
                        name: String(decoding: units, as: UTF16.self), type: bytes[offset &+ 0x42],
                        left: Self.u32(bytes, offset &+ 0x44), right: Self.u32(bytes, offset &+ 0x48),
                        child: Self.u32(bytes, offset &+ 0x4C), start: Self.u32(bytes, offset &+ 0x74),
                        size: UInt64(Self.u32(bytes, offset &+ 0x78))))
                offset &+= 128
            }
        }
    }

    /// The entries directly inside the storage `parent` (a walk of its sibling tree), at most `limit`.
    func children(of parent: Int, limit: Int = .max) -> [Entry] {
        childIDs(of: parent, limit: limit).map { entries[$0] }
    }

    /// The directory indices of the entries directly inside the storage `parent`, at most `limit`.
    func childIDs(of parent: Int, limit: Int = .max) -> [Int] {
        guard parent < entries.count else { return [] }
        var result: [Int] = []
        var pending = [entries[parent].child]
        var visited = Set<UInt32>()
        while result.count < limit, let id = pending.popLast() {
            guard id != Self.noStream, Int(id) < entries.count, visited.insert(id).inserted else { continue }
            let entry = entries[Int(id)]
            result.append(Int(id))
            pending.append(entry.left)
            pending.append(entry.right)
        }
        return result
    }

    /// The content of a stream entry, from the mini stream when it is below the cutoff, at most
    /// `limit` bytes. A mini chain, like a chain, ends at a mini sector it already went through.
    func content(of entry: Entry, limit: Int = .max) -> [UInt8] {
        guard entry.type == 2 else { return [] }
        let wanted = Int(min(entry.size, UInt64(max(0, limit))))
        if entry.size < miniCutoff {
            var data: [UInt8] = []
            var visited = Set<UInt32>()
            var current = entry.start
            while current < 0xFFFF_FFFA, data.count < wanted, visited.insert(current).inserted {
                let start = Int(current) &* miniSectorSize
                guard start &+ miniSectorSize <= miniStream.count else { break }
                data.append(contentsOf: miniStream[start..<(start &+ miniSectorSize)])
                guard Int(current) < miniFat.count else { break }
                current = miniFat[Int(current)]
            }
            return Array(data.prefix(wanted))
        }
        return read(chain(from: entry.start), size: UInt64(wanted))
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset &+ 1 < bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset &+ 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset &+ 3 < bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset &+ 1]) << 8 | UInt32(bytes[offset &+ 2]) << 16
            | UInt32(bytes[offset &+ 3]) << 24
    }
}
