import CArchive
import Foundation

/// The one owner of a libarchive read handle (`struct archive *`) and the only code in the
/// package that calls libarchive. Every return code passes through `ArchiveStatus`.
///
/// A class rather than a `~Copyable` struct: a nested archive is read through a callback that
/// pulls from the outer archive's reader, so the outer reader must be reachable by reference.
/// The handle is still owned by exactly one object and freed in `deinit`.
final class ArchiveReader {
    private let handle: OpaquePointer

    /// What reading the next header gave.
    enum HeaderStep {
        /// An entry; `warning` is libarchive's ARCHIVE_WARN diagnostic, if any (the entry is usable).
        case entry(ArchiveEntryInfo, warning: String?)
        case end
        case failure(ArchiveStatus)
    }

    /// What reading the next block of the current entry gave.
    enum BlockStep {
        /// Bytes valid until the next call; `offset` is where they belong in the entry.
        case data(UnsafeRawBufferPointer, offset: Int64)
        case end
        case failure(ArchiveStatus)
    }

    /// The candidates libarchive asks for, one by one, through the passphrase callback.
    let passwords: PassphraseSupply

    /// Creates a handle that reads every format and filter libarchive knows
    /// (`archive_read_support_format_all`, `archive_read_support_filter_all`) and tries each
    /// password on encrypted entries, in order, through `archive_read_set_passphrase_callback`
    /// (so that the one that worked is known).
    /// - Parameter rawSingleFile: also accept a compressed stream holding one file rather than an
    ///   archive (`archive_read_support_format_raw`), for `System.evtx.gz`.
    init(passwords: [PasswordCandidate], rawSingleFile: Bool) {
        ArchiveLocale.useUTF8()
        handle = archive_read_new()
        archive_read_support_filter_all(handle)
        archive_read_support_format_all(handle)
        // Raw bids lowest, so a tar.gz is still read as tar; only compressed streams get it, lest
        // a damaged zip be taken for one raw file.
        if rawSingleFile { archive_read_support_format_raw(handle) }
        self.passwords = PassphraseSupply(passwords.filter { !$0.password.isEmpty })
        let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> UnsafePointer<CChar>? = {
            _, client in
            guard let client else { return nil }
            return Unmanaged<PassphraseSupply>.fromOpaque(client).takeUnretainedValue().next()
        }
        archive_read_set_passphrase_callback(handle, Unmanaged.passUnretained(self.passwords).toOpaque(), callback)
    }

    deinit { archive_read_free(handle) }

    /// The file of a seekable reader, kept for as long as libarchive may call back into it.
    private var seekable: SeekableFileSource?

    /// Opens a file libarchive may seek in (7z needs it), through read, seek and skip callbacks
    /// (`archive_read_set_*_callback`, `archive_read_open1`) that count what is read and stop at
    /// the time limit (see `SeekableFileSource`).
    func open(seekable source: SeekableFileSource) -> ArchiveStatus {
        seekable = source
        let read:
            @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeRawPointer?>?)
                -> la_ssize_t = { archive, client, buffer in
                    guard let client, let buffer else { return -1 }
                    let source = Unmanaged<SeekableFileSource>.fromOpaque(client).takeUnretainedValue()
                    let count = source.read(into: &buffer.pointee)
                    if count < 0 {
                        caseintake_archive_set_error(archive, EIO, "reading stopped (time limit or read error)")
                    }
                    return la_ssize_t(count)
                }
        let seek: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, la_int64_t, Int32) -> la_int64_t = {
            _, client, offset, whence in
            guard let client else { return -1 }
            return Unmanaged<SeekableFileSource>.fromOpaque(client).takeUnretainedValue().seek(offset, whence: whence)
        }
        // Skipping moves without reading: what is skipped is not consumed.
        let skip: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, la_int64_t) -> la_int64_t = {
            _, client, request in
            guard let client else { return 0 }
            let source = Unmanaged<SeekableFileSource>.fromOpaque(client).takeUnretainedValue()
            return source.seek(request, whence: SEEK_CUR) < 0 ? 0 : request
        }
        archive_read_set_callback_data(handle, Unmanaged.passUnretained(source).toOpaque())
        archive_read_set_read_callback(handle, read)
        archive_read_set_seek_callback(handle, seek)
        archive_read_set_skip_callback(handle, skip)
        return ArchiveStatus(archive_read_open1(handle), handle)
    }

    /// Opens a forward-only stream (`archive_read_open2`): every byte of the source is pulled
    /// once, in order, unless nobody needs the bytes of a member passed over and the source is a
    /// file on disk (`ArchiveStreamSource.skip`).
    func open(stream source: ArchiveStreamSource) -> ArchiveStatus {
        let client = Unmanaged.passUnretained(source).toOpaque()
        let read:
            @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeRawPointer?>?)
                -> la_ssize_t = { _, client, buffer in
                    guard let client, let buffer else { return -1 }
                    let source = Unmanaged<ArchiveStreamSource>.fromOpaque(client).takeUnretainedValue()
                    // An empty block is not the end (libarchive may hand one over): 0 would tell it so.
                    while let block = source.nextBlock() {
                        guard block.count > 0 else { continue }
                        buffer.pointee = UnsafeRawPointer(block.baseAddress)
                        return la_ssize_t(block.count)
                    }
                    return 0
                }
        let skip: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, la_int64_t) -> la_int64_t = {
            _, client, request in
            guard let client else { return 0 }
            return Unmanaged<ArchiveStreamSource>.fromOpaque(client).takeUnretainedValue().skip(request)
        }
        return ArchiveStatus(archive_read_open2(handle, client, nil, read, skip, nil), handle)
    }

    /// The next entry header (`archive_read_next_header`).
    func nextHeader() -> HeaderStep {
        var entry: OpaquePointer?
        let code = archive_read_next_header(handle, &entry)
        if code == ARCHIVE_EOF { return .end }
        let status = ArchiveStatus(code, handle)
        guard let entry else { return .failure(status) }
        switch status {
        case .ok: return .entry(ArchiveEntryInfo(entry), warning: nil)
        case .warning(let message): return .entry(ArchiveEntryInfo(entry), warning: message)
        default: return .failure(status)
        }
    }

    /// The next block of the current entry's data (`archive_read_data_block`).
    func nextBlock() -> BlockStep {
        var buffer: UnsafeRawPointer?
        var size = 0
        var offset: la_int64_t = 0
        let code = archive_read_data_block(handle, &buffer, &size, &offset)
        if code == ARCHIVE_EOF { return .end }
        switch ArchiveStatus(code, handle) {
        case .ok, .warning:
            return .data(UnsafeRawBufferPointer(start: buffer, count: buffer == nil ? 0 : size), offset: offset)
        case let failure:
            return .failure(failure)
        }
    }

    /// Passes over the rest of the current entry's data (`archive_read_data_skip`); what went
    /// wrong, if anything, the next header call reports again.
    func skipData() {
        _ = archive_read_data_skip(handle)
    }

    /// Compressed bytes consumed so far from the source, for the compression-ratio guard: those
    /// read from a seekable file, else libarchive's count (`archive_filter_bytes(a, -1)`).
    var compressedBytes: Int64 { seekable?.consumed ?? archive_filter_bytes(handle, -1) }

    /// The archive format as libarchive names it (`archive_format_name`), e.g. "ZIP 2.0 (deflation)".
    var formatName: String {
        archive_format_name(handle).map { String(cString: $0) } ?? "unknown"
    }
}

/// What libarchive's `struct archive_entry` says, copied into Swift values before the next
/// header call invalidates it.
struct ArchiveEntryInfo {
    /// The name as stored: bytes, since zips from Japanese Windows carry CP932 without saying so.
    let nameBytes: [UInt8]
    let type: EntryType
    let size: Int64?
    let modified: Date?
    let linkTarget: String?
    /// The entry's data is encrypted (`archive_entry_is_data_encrypted`).
    let isEncrypted: Bool

    /// The longest name or link target kept: a tar's GNU long name may run to 1 MiB, and every
    /// name travels into the findings and the report, for up to 100,000 entries; a real path
    /// (Windows' 260 characters, in UTF-8) stays under it. Longer ones are cut, and `nameCut` says so.
    static let maxNameBytes = 1024

    /// The name or link target was longer than `maxNameBytes` and was cut.
    let nameCut: Bool

    /// How many of a cut name's bytes end on a whole character, so that the name still decodes as
    /// it was written: valid UTF-8 after dropping at most three bytes, else CP932 read from the start.
    static func wholeCharacters(_ bytes: [UInt8]) -> Int {
        for dropped in 0...min(3, bytes.count) where String(validating: bytes.dropLast(dropped), as: UTF8.self) != nil {
            return bytes.count - dropped
        }
        var end = 0
        while end < bytes.count {
            let lead = (0x81...0x9F).contains(bytes[end]) || (0xE0...0xFC).contains(bytes[end])
            guard !lead || end + 1 < bytes.count else { break }
            end += lead ? 2 : 1
        }
        return end
    }

    init(_ entry: OpaquePointer) {
        var cut = false
        func bounded(_ text: UnsafePointer<CChar>) -> [UInt8] {
            let length = strnlen(text, Self.maxNameBytes + 1)
            var bytes = UnsafeRawBufferPointer(start: text, count: min(length, Self.maxNameBytes)).map { $0 }
            if length > Self.maxNameBytes {
                cut = true
                bytes.removeLast(bytes.count - Self.wholeCharacters(bytes))
            }
            return bytes
        }
        nameBytes = (archive_entry_pathname(entry) ?? archive_entry_pathname_utf8(entry)).map(bounded) ?? []
        let hardlink = archive_entry_hardlink(entry).map { String(decoding: bounded($0), as: UTF8.self) }
        let symlink = archive_entry_symlink(entry).map { String(decoding: bounded($0), as: UTF8.self) }
        nameCut = cut
        // AE_IF* equal the POSIX S_IF* values (archive_entry.h); the macros' casts keep Swift from importing them.
        switch archive_entry_filetype(entry) & S_IFMT {
        case S_IFREG: type = hardlink == nil ? .file : .hardlink
        case S_IFDIR: type = .directory
        case S_IFLNK: type = .symlink
        case S_IFCHR, S_IFBLK: type = .device
        case S_IFIFO: type = .fifo
        case S_IFSOCK: type = .socket
        default: type = hardlink == nil ? .file : .hardlink
        }
        linkTarget = hardlink ?? symlink
        size = archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil
        modified =
            archive_entry_mtime_is_set(entry) != 0
            ? Date(timeIntervalSince1970: TimeInterval(archive_entry_mtime(entry))) : nil
        isEncrypted = archive_entry_is_data_encrypted(entry) == 1
    }
}

/// libarchive converts names to the current locale's character set (FORMATS.md §4): run in a
/// UTF-8 locale so UTF-8 and UTF-16 names arrive intact, and raw names pass through as bytes.
enum ArchiveLocale {
    private static let once: Void = {
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
    }()

    static func useUTF8() { once }
}
