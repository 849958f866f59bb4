/// Pulls the current entry's data from an archive in order, filling sparse holes with zeros
/// (`archive_read_data_block` may skip offsets; FORMATS.md §4 "Reading entry data").
final class ArchiveEntryPull {
    // Read-only after creation: a shared source of zero bytes for sparse holes.
    nonisolated(unsafe) private static let zeros = UnsafeRawBufferPointer(
        UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1).initializeMemory(
            as: UInt8.self, repeating: 0))

    private let reader: ArchiveReader
    private let passwordsGiven: Bool
    private var expectedOffset: Int64 = 0
    private var held: (block: UnsafeRawBufferPointer, offset: Int64)?

    init(reader: ArchiveReader, passwordsGiven: Bool) {
        self.reader = reader
        self.passwordsGiven = passwordsGiven
    }

    func pull() -> ContentStream.Pull {
        let block: UnsafeRawBufferPointer
        let offset: Int64
        if let held {
            (block, offset) = held
            self.held = nil
        } else {
            switch reader.nextBlock() {
            case .end: return .end
            case .failure(let status):
                return .failure(status.problemCode(passwordsGiven: passwordsGiven), status.message)
            case .data(let data, let at): (block, offset) = (data, at)
            }
        }
        if offset > expectedOffset {
            let gap = Int(min(offset - expectedOffset, Int64(Self.zeros.count)))
            expectedOffset += Int64(gap)
            held = (block, offset)
            return .data(UnsafeRawBufferPointer(rebasing: Self.zeros[..<gap]))
        }
        // Blocks never overlap (archive.h); one that starts earlier is trimmed defensively.
        let skip = Int(min(Int64(block.count), max(0, expectedOffset - offset)))
        expectedOffset = max(expectedOffset, offset + Int64(block.count))
        return .data(UnsafeRawBufferPointer(rebasing: block[skip...]))
    }
}
