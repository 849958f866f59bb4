/// A reader of one received file that is fed the file's bytes exactly once, in order, in
/// blocks of any size, and is then asked for what it found.
///
/// Intake streams every entry of a case archive through such a parser; no parser sees a
/// whole file at once, so each keeps only the state its format needs (a 64 KiB evtx chunk,
/// one capture record, the current mail header line).
public protocol ByteStreamParser {
    /// What the parser found, once every byte has been consumed.
    associatedtype Result

    /// Feeds the next block of the file. Blocks arrive in file order and never overlap.
    mutating func consume(_ bytes: UnsafeRawBufferPointer)

    /// Ends the file and returns what was found. A file that ends early is not an error:
    /// the result describes what could be read and what was damaged.
    mutating func finish() -> Result
}

extension ByteStreamParser {
    /// Feeds a whole byte array, for tests and small in-memory inputs.
    public mutating func consume(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { consume($0) }
    }
}
