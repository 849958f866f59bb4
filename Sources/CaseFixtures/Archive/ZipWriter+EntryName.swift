extension ZipWriter {
    /// The file name of an entry exactly as its bytes go into the archive.
    public enum EntryName: Sendable, Hashable {
        /// UTF-8 bytes with general-purpose flag bit 11 set, as modern zippers write.
        case utf8(String)
        /// CP932 bytes without the UTF-8 flag, as Japanese Windows Explorer writes.
        case cp932(String)
        /// Bytes as given, without the UTF-8 flag: broken encodings, `../../evil.txt`, `/etc/passwd`.
        case raw([UInt8])

        /// The bytes and whether flag bit 11 is set.
        func encoded() throws -> (bytes: [UInt8], isUTF8: Bool) {
            switch self {
            case .utf8(let text): return (Array(text.utf8), true)
            case .raw(let bytes): return (bytes, false)
            case .cp932(let text):
                guard let bytes = CP932.encode(text) else { throw Failure.nameNotEncodable(text) }
                return (bytes, false)
            }
        }
    }

    /// How an entry's bytes are stored (APPNOTE 4.4.5).
    public enum Method: UInt16, Sendable {
        /// Method 0: the bytes as they are.
        case stored = 0
        /// Method 8: raw deflate by ``DeflateEncoder``.
        case deflate = 8
    }

    /// Why an entry could not be written.
    public enum Failure: Error, Sendable, Equatable {
        /// The `.cp932` name has a character with no CP932 form.
        case nameNotEncodable(String)
        /// A streamed entry grew past 4 GiB − 1 without `zip64: true`; the archive is unusable.
        case needsZip64
        /// A name or extra field longer than the 65,535 bytes a header can record.
        case nameTooLong
    }
}
