import Formats
import Foundation

/// Finds password candidates in the inputs that are mails before the walk, since the password
/// mail may come after the archive's mail on the command line. Cheap and bounded: only the text
/// body matters (attachments are sampled, not kept), and at most ``maxBytes`` of each mail are read.
enum PasswordMailScan {
    /// Bytes of one input read at most: a password mail is short, and a reply's text comes before
    /// its attachments, so the walk re-reads at most this much of a mail that carries a large zip.
    static let maxBytes = 1 << 20

    /// The candidates of every input that is a mail (`.eml`, or `.msg` by its compound-file
    /// signature), named as the case names the input.
    static func candidates(inputs: [String], names: [String]) -> [PasswordCandidate] {
        var found: [PasswordCandidate] = []
        for (path, name) in zip(inputs, names) {
            guard let text = bodyText(path) else { continue }
            for password in MailPasswordFinder.candidates(in: text)
            where !found.contains(where: { $0.password == password }) {
                found.append(PasswordCandidate(password, from: .mail(name)))
            }
        }
        return found
    }

    /// The mail's first plain-text body, or nil when the file is not a mail.
    private static func bodyText(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        let first = read(fd, buffer.baseAddress, buffer.count)
        guard first > 0 else { return nil }
        let head = UnsafeRawBufferPointer(rebasing: buffer[..<first])
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            guard path.lowercased().hasSuffix(".msg") else { return nil }
            var reader = OutlookMessageReader()
            feed(&reader, fd: fd, first: head, buffer: buffer)
            return reader.finish().bodyText
        }
        guard MailSignature.kind(decodedHead: String(decoding: head, as: UTF8.self)) == .message else { return nil }
        var reader = MailMessageReader()
        feed(&reader, fd: fd, first: head, buffer: buffer)
        return reader.finish().bodyText
    }

    private static func feed(
        _ reader: inout some ByteStreamParser, fd: Int32, first: UnsafeRawBufferPointer,
        buffer: UnsafeMutableRawBufferPointer
    ) {
        reader.consume(first)
        var total = first.count
        while total < maxBytes {
            let count = read(fd, buffer.baseAddress, min(buffer.count, maxBytes &- total))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            reader.consume(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total &+= count
        }
    }
}
