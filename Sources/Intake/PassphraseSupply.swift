import Foundation

/// Hands libarchive one password candidate per call of its passphrase callback, and remembers
/// which one opened the archive.
///
/// libarchive keeps every passphrase the callback returned and tries that list first for each
/// later entry, the one that last worked at its head; it calls back only when all of them fail
/// (archive_read.c, `__archive_read_next_passphrase`). So the password that opened an entry is the
/// one handed out last if the callback was called for that entry, and otherwise the one that
/// opened the entry before.
final class PassphraseSupply {
    private let candidates: [PasswordCandidate]
    /// C copies of the candidates, alive as long as the reader that may still read them.
    private let cStrings: [UnsafeMutablePointer<CChar>]
    private var handedOut = 0
    private var calledForEntry = false
    private var working: Int?

    init(_ candidates: [PasswordCandidate]) {
        self.candidates = candidates
        cStrings = candidates.map { strdup($0.password) }
    }

    deinit { cStrings.forEach { free($0) } }

    var isEmpty: Bool { candidates.isEmpty }

    /// The next candidate, or nil once every one was tried.
    func next() -> UnsafePointer<CChar>? {
        guard handedOut < cStrings.count else { return nil }
        defer { handedOut &+= 1 }
        calledForEntry = true
        return UnsafePointer(cStrings[handedOut])
    }

    /// An encrypted entry is about to be read.
    func startEntry() { calledForEntry = false }

    /// The entry was decrypted: where the password that did it came from.
    func entryOpened() -> PasswordCandidate.Source? {
        if calledForEntry, handedOut > 0 { working = handedOut &- 1 }
        return working.map { candidates[$0].source }
    }
}
