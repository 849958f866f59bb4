import Formats

/// The CRC-32 of zip, gzip and ZipCrypto (RFC 1952 §8, PKWARE APPNOTE 4.4.7), fed piece by piece
/// as an entry streams; the table lives in `Formats.CRC32`, which the event log parser uses too.
struct RunningCRC32: Sendable {
    /// The checksum of everything fed so far.
    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        value = CRC32.checksum(bytes, continuing: value)
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// One step of the raw register without the final XOR, as ZipCrypto's key schedule uses it
    /// (APPNOTE 6.1.5 `crc32(pval, char)`): the checksum API inverts on the way in and out.
    static func step(_ register: UInt32, _ byte: UInt8) -> UInt32 {
        [byte].withUnsafeBytes { ~CRC32.checksum($0, continuing: ~register) }
    }
}
