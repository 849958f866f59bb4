import Formats
import Foundation

/// Feeds one input to a streaming parser twice — whole, then in irregular blocks — so that every
/// block boundary a real archive walk can produce is tried, and checks that both readings agree.
enum StreamFeeding {
    /// The largest block: just past an evtx chunk's 4 KiB steps and a capture record's header.
    static let largestBlock = 5003

    /// Parses `bytes` whole and in blocks of 1…`largestBlock` bytes (sizes drawn from the input
    /// itself, so a crash replays); stops the process when the two results differ.
    static func feed<Parser: ByteStreamParser>(_ bytes: UnsafeRawBufferPointer, _ make: () -> Parser)
    where Parser.Result: Equatable {
        var whole = make()
        whole.consume(bytes)
        let wholeResult = whole.finish()

        var blocks = make()
        var sizes = BlockSizes(bytes)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + sizes.next())
            blocks.consume(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
        }
        let blockResult = blocks.finish()
        // Equal results are the rule: the reflected text (slow for a log with a thousand records) is
        // only built to tell a difference apart from an unequal NaN.
        if wholeResult == blockResult { return }

        let first = CanonicalText.of(wholeResult)
        let second = CanonicalText.of(blockResult)
        if first != second {
            let same = zip(first, second).prefix { $0 == $1 }.count
            let message = """
                \(Parser.self): the result read in blocks differs from the result read whole \
                (first difference at character \(same))
                whole:  …\(first.dropFirst(max(0, same - 200)).prefix(400))
                blocks: …\(second.dropFirst(max(0, same - 200)).prefix(400))

                """
            FileHandle.standardError.write(Data(message.utf8))
            abort()
        }
    }
}

/// Block sizes from a small generator seeded by the input: mostly tiny blocks (which split every
/// field), sometimes large ones (which carry whole records).
struct BlockSizes {
    private var state: UInt64

    init(_ bytes: UnsafeRawBufferPointer) {
        var seed = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        for byte in bytes.prefix(16) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
        state = seed | 1
    }

    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let draw = Int(truncatingIfNeeded: state >> 33)
        switch draw % 4 {
        case 0: return 1 + (draw >> 2) % 7
        case 1: return 1 + (draw >> 2) % 64
        case 2: return 1 + (draw >> 2) % 512
        default: return 1 + (draw >> 2) % StreamFeeding.largestBlock
        }
    }
}
