import Foundation

/// Feeds libarchive a file it may seek in (7z, ISO 9660), through read, seek and skip callbacks
/// over the file descriptor instead of `archive_read_open_fd`, for two reasons:
/// - `consumed` counts the bytes actually read. libarchive's own count for such a reader
///   (`archive_filter_bytes`) is a file position that seeks move, not a count; the compression
///   ratio guard compared against it cut every 7z entry over 64 MiB as a zip bomb.
/// - each read asks `shouldStop` first, so that decompressing what a skip passes over (a solid
///   7z block, inside one libarchive call) still ends at the intake's time limit.
final class SeekableFileSource {
    let fd: Int32
    private let shouldStop: () -> Bool
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    /// Bytes read from the file so far.
    private(set) var consumed: Int64 = 0

    init(fd: Int32, shouldStop: @escaping () -> Bool) {
        self.fd = fd
        self.shouldStop = shouldStop
    }

    deinit { buffer.deallocate() }

    /// The next bytes from the file's current position: a count, 0 at the end, -1 on an error or
    /// once the intake must stop. The buffer stays valid until the next call.
    func read(into pointer: inout UnsafeRawPointer?) -> Int {
        guard !shouldStop() else { return -1 }
        while true {
            let count = Foundation.read(fd, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count > 0 {
                consumed += Int64(count)
                pointer = UnsafeRawPointer(buffer.baseAddress)
            }
            return count
        }
    }

    /// Moves to `offset` from `whence` (`SEEK_SET`, `SEEK_CUR`, `SEEK_END`); the new position, or -1.
    func seek(_ offset: Int64, whence: Int32) -> Int64 {
        Int64(lseek(fd, off_t(offset), whence))
    }
}
