import Foundation

/// Writes a POSIX tar archive (ustar, with pax extended headers where ustar falls short)
/// byte for byte reproducibly: mtime from ``FixtureClock``, uid and gid 0 ("root"), entries
/// in the order added, ending with two zero blocks padded to a 10 KiB record as tar does.
///
/// Names longer than 100 bytes or outside ASCII get a pax `path` record (UTF-8) and an
/// ASCII stand-in in the ustar field; link targets likewise get `linkpath`.
public struct TarWriter: Sendable {
    private var sink: ArchiveSink
    private let modified: Date

    /// A writer that builds the archive in memory; ``finish()`` returns it.
    public init(modified: Date = FixtureClock.incident) {
        sink = ArchiveSink()
        self.modified = modified
    }

    /// A writer that streams the archive to `handle`.
    public init(to handle: FileHandle, modified: Date = FixtureClock.incident) {
        sink = ArchiveSink(handle: handle)
        self.modified = modified
    }

    /// Why an entry could not be written.
    public enum Failure: Error, Sendable, Equatable {
        /// The producer gave a different number of bytes than the declared size.
        case sizeMismatch(declared: UInt64, produced: UInt64)
    }

    /// Adds a regular file (type '0').
    public mutating func addFile(name: String, contents: [UInt8], mode: UInt32 = 0o644) throws {
        var remaining: [UInt8]? = contents
        try addFile(name: name, size: UInt64(contents.count), mode: mode) { chunk in
            chunk = remaining ?? []
            remaining = nil
            return false
        }
    }

    /// Adds a regular file of `size` bytes that `producer` appends to its empty `chunk`,
    /// returning `false` after the last of them.
    public mutating func addFile(
        name: String, size: UInt64, mode: UInt32 = 0o644, producer: (inout [UInt8]) throws -> Bool
    ) throws {
        try writeHeader(TarHeader(name: name, type: .regular, mode: mode, size: size))
        var produced: UInt64 = 0
        var chunk: [UInt8] = []
        var more = true
        while more {
            chunk.removeAll(keepingCapacity: true)
            more = try producer(&chunk)
            produced += UInt64(chunk.count)
            guard produced <= size else { throw Failure.sizeMismatch(declared: size, produced: produced) }
            try sink.write(chunk)
        }
        guard produced == size else { throw Failure.sizeMismatch(declared: size, produced: produced) }
        try padToBlock()
    }

    /// Adds a directory (type '5'); tar names directories with a trailing "/".
    public mutating func addDirectory(name: String, mode: UInt32 = 0o755) throws {
        try writeHeader(TarHeader(name: name, type: .directory, mode: mode))
    }

    /// Adds a symbolic link (type '2') pointing at `target`.
    public mutating func addSymlink(name: String, target: String) throws {
        try writeHeader(TarHeader(name: name, type: .symlink, mode: 0o777, linkTarget: target))
    }

    /// Adds a hard link (type '1') to an earlier entry named `target`.
    public mutating func addHardLink(name: String, target: String) throws {
        try writeHeader(TarHeader(name: name, type: .hardLink, mode: 0o644, linkTarget: target))
    }

    /// Adds a character device node (type '3').
    public mutating func addCharacterDevice(name: String, major: UInt32, minor: UInt32) throws {
        try writeHeader(TarHeader(name: name, type: .characterDevice, mode: 0o600, device: (major, minor)))
    }

    /// Adds a named pipe (type '6').
    public mutating func addFIFO(name: String) throws {
        try writeHeader(TarHeader(name: name, type: .fifo, mode: 0o644))
    }

    /// Writes the end-of-archive marker. Returns the archive for an in-memory writer and an
    /// empty array for one writing to a file.
    public mutating func finish() throws -> [UInt8] {
        // [POSIX ustar] two zero blocks end the archive; tar pads to 20-block records.
        try sink.write([UInt8](repeating: 0, count: 1024))
        let record: UInt64 = 10_240
        let partial = sink.offset % record
        if partial != 0 { try sink.write([UInt8](repeating: 0, count: Int(record - partial))) }
        return try sink.finish()
    }

    private mutating func writeHeader(_ header: TarHeader) throws {
        let stamp = UInt64(max(0, modified.timeIntervalSince1970))
        let pax = header.paxRecords()
        if !pax.isEmpty {
            let extended = TarHeader(
                name: "PaxHeaders/" + header.asciiName.suffix(80), type: .paxExtended, mode: 0o644,
                size: UInt64(pax.count))
            try sink.write(extended.block(mtime: stamp))
            try sink.write(pax)
            try padToBlock()
        }
        try sink.write(header.block(mtime: stamp))
    }

    private mutating func padToBlock() throws {
        let partial = Int(sink.offset % 512)
        if partial != 0 { try sink.write([UInt8](repeating: 0, count: 512 - partial)) }
    }
}
