/// A streaming raw-deflate compressor (RFC 1951): feed it input in pieces of any size and
/// collect compressed output as it appears, in memory bounded by the 32 KiB window and one
/// block of symbols, however long the input (a zip bomb of 4 GiB of zeros streams through).
///
/// LZ77 with hash chains over a 32 KiB window finds matches greedily; each block is sent
/// as dynamic Huffman, fixed Huffman or stored, whichever is smallest. A run of zeros
/// becomes length-258 distance-1 matches, about 1000:1. The output is a pure function of
/// the input bytes, whatever the piece sizes.
public struct DeflateEncoder: Sendable {
    private static let windowSize = 32_768
    private static let minMatch = 3
    private static let maxMatch = 258
    /// Input kept ahead of the cursor so a match is never cut by a piece boundary.
    private static let lookahead = maxMatch + minMatch + 1
    private static let hashBits = 15
    private static let maxChain = 64
    /// Longer matches skip hashing their inner positions, which keeps long runs fast.
    private static let insertLimit = 32

    /// History (up to 32 KiB before the cursor) plus unprocessed input.
    private var window: [UInt8] = []
    /// Stream position of `window[0]`.
    private var windowStart = 0
    /// Stream position of the next byte to encode.
    private var cursor = 0
    /// Stream position where the current block's input starts.
    private var blockStart = 0
    /// Most recent stream position per hash, or -1.
    private var head = [Int](repeating: -1, count: 1 << hashBits)
    /// Earlier position with the same hash, indexed by position modulo the window.
    private var previous = [Int](repeating: -1, count: windowSize)
    private var blocks = DeflateBlockWriter()
    private var finished = false

    /// An encoder at the start of a stream.
    public init() {}

    /// Compresses `input` and appends whatever output is ready to `output`.
    public mutating func compress(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        precondition(!finished, "compress after finish")
        var rest = input[...]
        while !rest.isEmpty {
            let room = 2 * DeflateEncoder.windowSize + DeflateEncoder.lookahead - window.count
            let take = min(room, rest.count)
            window.append(contentsOf: rest.prefix(take))
            rest = rest.dropFirst(take)
            encode(untilRemaining: DeflateEncoder.lookahead)
            slideIfNeeded()
        }
        output.append(contentsOf: blocks.bits.takeBytes())
    }

    /// Compresses `input` and appends whatever output is ready to `output`.
    public mutating func compress(_ input: [UInt8], into output: inout [UInt8]) {
        input.withUnsafeBytes { compress($0, into: &output) }
    }

    /// Encodes the rest, ends the stream with a final block and appends the last output.
    public mutating func finish(into output: inout [UInt8]) {
        precondition(!finished, "finish twice")
        encode(untilRemaining: 0)
        blocks.flush(raw: rawBlockInput(), final: true)
        blocks.bits.alignToByte()
        output.append(contentsOf: blocks.bits.takeBytes())
        finished = true
    }

    /// The raw-deflate form of a whole byte array.
    public static func deflate(_ input: [UInt8]) -> [UInt8] {
        var encoder = DeflateEncoder()
        var output: [UInt8] = []
        encoder.compress(input, into: &output)
        encoder.finish(into: &output)
        return output
    }

    private func rawBlockInput() -> ArraySlice<UInt8>? {
        guard blockStart >= windowStart else { return nil }
        return window[(blockStart - windowStart)..<(cursor - windowStart)]
    }

    private mutating func encode(untilRemaining reserve: Int) {
        let windowEnd = windowStart + window.count
        while windowEnd - cursor > reserve {
            let available = windowEnd - cursor
            let (length, distance) = available >= DeflateEncoder.minMatch ? findMatch(available: available) : (0, 0)
            if length >= DeflateEncoder.minMatch {
                blocks.match(length: length, distance: distance)
                if length <= DeflateEncoder.insertLimit {
                    for position in (cursor + 1)..<(cursor + length) where windowEnd - position >= 3 {
                        insertHash(at: position)
                    }
                } else if windowEnd - (cursor + length - 1) >= 3 {
                    // The match's last position makes the next match in a run distance 1.
                    insertHash(at: cursor + length - 1)
                }
                cursor += length
            } else {
                blocks.literal(window[cursor - windowStart])
                cursor += 1
            }
            if blocks.isFull {
                blocks.flush(raw: rawBlockInput(), final: false)
                blockStart = cursor
            }
        }
    }

    private func hash(at position: Int) -> Int {
        let index = position - windowStart
        let value = (Int(window[index]) << 10) ^ (Int(window[index + 1]) << 5) ^ Int(window[index + 2])
        return value & ((1 << DeflateEncoder.hashBits) - 1)
    }

    private mutating func insertHash(at position: Int) {
        let key = hash(at: position)
        previous[position & (DeflateEncoder.windowSize - 1)] = head[key]
        head[key] = position
    }

    /// The longest earlier match for the bytes at the cursor, hashing the cursor position.
    private mutating func findMatch(available: Int) -> (length: Int, distance: Int) {
        let key = hash(at: cursor)
        var candidate = head[key]
        previous[cursor & (DeflateEncoder.windowSize - 1)] = candidate
        head[key] = cursor
        let limit = min(available, DeflateEncoder.maxMatch)
        var bestLength = 0
        var bestDistance = 0
        var chain = DeflateEncoder.maxChain
        window.withUnsafeBufferPointer { bytes in
            let here = cursor - windowStart
            while candidate >= windowStart, candidate < cursor, cursor - candidate <= DeflateEncoder.windowSize,
                chain > 0
            {
                let there = candidate - windowStart
                var length = 0
                while length < limit, bytes[there + length] == bytes[here + length] { length += 1 }
                if length > bestLength {
                    bestLength = length
                    bestDistance = cursor - candidate
                    if length == limit { break }
                }
                let next = previous[candidate & (DeflateEncoder.windowSize - 1)]
                if next >= candidate { break }
                candidate = next
                chain -= 1
            }
        }
        return (bestLength, bestDistance)
    }

    /// Drops history older than the window once the buffer holds two windows.
    private mutating func slideIfNeeded() {
        let drop = cursor - windowStart - DeflateEncoder.windowSize
        guard drop >= DeflateEncoder.windowSize else { return }
        window.removeFirst(drop)
        windowStart += drop
    }
}
