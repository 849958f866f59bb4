import CArchive

/// A libarchive return code with its message: the one place where `ARCHIVE_*` codes become
/// Swift values. `ARCHIVE_WARN` is a diagnostic, not a failure.
enum ArchiveStatus {
    case ok
    /// ARCHIVE_WARN: the operation succeeded; libarchive had something to say.
    case warning(String)
    /// ARCHIVE_FAILED or ARCHIVE_RETRY: this entry or block failed; the archive goes on.
    case failed(String)
    /// ARCHIVE_FATAL: nothing more can be read from this archive.
    case fatal(String)

    init(_ code: Int32, _ handle: OpaquePointer) {
        switch code {
        case ARCHIVE_OK, ARCHIVE_EOF: self = .ok
        case ARCHIVE_WARN: self = .warning(Self.message(handle))
        case ARCHIVE_FAILED, ARCHIVE_RETRY: self = .failed(Self.message(handle))
        default: self = .fatal(Self.message(handle))
        }
    }

    /// libarchive's own words (`archive_error_string`).
    var message: String {
        switch self {
        case .ok: return ""
        case .warning(let text), .failed(let text), .fatal(let text): return text
        }
    }

    var isFatal: Bool {
        if case .fatal = self { return true }
        return false
    }

    /// The intake problem this failure means, read from libarchive's message (FORMATS.md §4,
    /// "Encryption": the wordings of 3.6.2's zip, rar, rar5 and 7zip readers).
    func problemCode(passwordsGiven: Bool) -> IntakeProblem.Code {
        let text = message.lowercased()
        if text.contains("passphrase") {
            return passwordsGiven && !text.contains("required") ? .wrongPassword : .encryptedNoPassword
        }
        if text.contains("encrypt") || text.contains("decryption") {
            return .unsupportedEncryption
        }
        return isFatal ? .archiveCorrupt : .entryDamaged
    }

    private static func message(_ handle: OpaquePointer) -> String {
        archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
    }
}
