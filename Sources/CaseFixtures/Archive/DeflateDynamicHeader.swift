/// The header of a dynamic-Huffman block: both code-length tables, run-length coded with
/// the code-length alphabet (RFC 1951 §3.2.7).
struct DynamicHeader {
    private let literalCount: Int
    private let distanceCount: Int
    /// Code-length symbols (0...18) with their extra-bit values.
    private let runs: [(symbol: Int, extra: UInt32)]
    private let codeLengthCode: HuffmanCode
    private let codeLengthCount: Int

    init(literals: HuffmanCode, distances: HuffmanCode) {
        literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let sequence = Array(literals.lengths[..<literalCount]) + Array(distances.lengths[..<distanceCount])
        runs = DynamicHeader.runLengths(sequence)
        var counts = [Int](repeating: 0, count: 19)
        for run in runs { counts[run.symbol] += 1 }
        let code = HuffmanCode(counts: counts, limit: 7)
        codeLengthCode = code
        codeLengthCount = max(4, (DeflateTables.codeLengthOrder.lastIndex { code.lengths[$0] > 0 } ?? 0) + 1)
    }

    var bitCount: Int {
        var total = 5 + 5 + 4 + 3 * codeLengthCount
        for run in runs { total += Int(codeLengthCode.lengths[run.symbol]) + DynamicHeader.extraWidth(run.symbol) }
        return total
    }

    func write(to bits: inout BitWriter) {
        bits.write(UInt32(literalCount - 257), width: 5)
        bits.write(UInt32(distanceCount - 1), width: 5)
        bits.write(UInt32(codeLengthCount - 4), width: 4)
        for symbol in DeflateTables.codeLengthOrder.prefix(codeLengthCount) {
            bits.write(UInt32(codeLengthCode.lengths[symbol]), width: 3)
        }
        for run in runs {
            bits.write(codeLengthCode.reversedCodes[run.symbol], width: Int(codeLengthCode.lengths[run.symbol]))
            let width = DynamicHeader.extraWidth(run.symbol)
            if width > 0 { bits.write(run.extra, width: width) }
        }
    }

    /// [RFC1951 3.2.7] 16 = repeat previous 3–6 times (2 bits), 17 = zeros 3–10 (3 bits),
    /// 18 = zeros 11–138 (7 bits).
    private static func extraWidth(_ symbol: Int) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    private static func runLengths(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        var runs: [(symbol: Int, extra: UInt32)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var runEnd = index + 1
            while runEnd < lengths.count, lengths[runEnd] == value { runEnd += 1 }
            var remaining = runEnd - index
            if value == 0 {
                while remaining >= 11 {
                    let take = min(remaining, 138)
                    runs.append((18, UInt32(take - 11)))
                    remaining -= take
                }
                if remaining >= 3 {
                    runs.append((17, UInt32(remaining - 3)))
                    remaining = 0
                }
            } else {
                runs.append((Int(value), 0))
                remaining -= 1
                while remaining >= 3 {
                    let take = min(remaining, 6)
                    runs.append((16, UInt32(take - 3)))
                    remaining -= take
                }
            }
            for _ in 0..<remaining { runs.append((Int(value), 0)) }
            index = runEnd
        }
        return runs
    }
}
