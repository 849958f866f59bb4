/// Splits mail bytes into lines at CR LF, LF or a bare CR (all three occur in stored mail),
/// keeping the bytes undecoded (a message mixes charsets) and at most `maxLineBytes` of each.
struct MailLineSplitter {
    /// The longest part of a line that is kept; RFC 5322 §2.1.1 allows 998, spam sends more.
    static let maxLineBytes = 64 * 1024

    private(set) var endings = LineEndingCounts()
    private var line: [UInt8] = []
    private var afterCR = false
    private var pendingLine = false

    /// Feeds a block; `onLine` gets each completed line.
    mutating func push(_ bytes: UnsafeRawBufferPointer, _ onLine: (ArraySlice<UInt8>) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                if afterCR {
                    endings.crlf &+= 1  // the CR already ended the line
                } else {
                    endings.lf &+= 1
                    emit(onLine)
                }
                afterCR = false
                index &+= 1
                continue
            }
            if afterCR { endings.cr &+= 1 }  // the previous CR stood alone
            afterCR = false
            if byte == 0x0D {
                emit(onLine)
                afterCR = true
                index &+= 1
                continue
            }
            var end = index &+ 1
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end &+= 1 }
            let room = Self.maxLineBytes &- line.count
            if room > 0 {
                line.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<min(end, index &+ room)]))
            }
            pendingLine = true
            index = end
        }
    }

    /// Ends the input: a last line without a break is delivered.
    mutating func finish(_ onLine: (ArraySlice<UInt8>) -> Void) {
        if afterCR { endings.cr &+= 1 }
        afterCR = false
        if pendingLine { emit(onLine) }
    }

    private mutating func emit(_ onLine: (ArraySlice<UInt8>) -> Void) {
        onLine(line[...])
        line.removeAll(keepingCapacity: line.capacity <= 8192)
        pendingLine = false
    }
}
