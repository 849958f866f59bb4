/// Collects the literals and matches of one deflate block, then sends the block in
/// whichever form is smallest: dynamic Huffman, fixed Huffman or stored (RFC 1951 §3.2.3).
struct DeflateBlockWriter {
    /// A literal byte (0...255) or a match length code symbol (257...285).
    private var symbols: [UInt16] = []
    /// Match length (0 for a literal) and distance per symbol.
    private var matchLengths: [UInt16] = []
    private var distances: [UInt16] = []
    private var literalCounts = [Int](repeating: 0, count: 286)
    private var distanceCounts = [Int](repeating: 0, count: 30)
    var bits = BitWriter()

    /// Symbols per block: large enough that a block header is cheap next to its data.
    static let blockSymbols = 16_384
    static let fixedLiterals = HuffmanCode(lengths: DeflateTables.fixedLiteralLengths)
    static let fixedDistances = HuffmanCode(lengths: DeflateTables.fixedDistanceLengths)

    var isFull: Bool { symbols.count >= DeflateBlockWriter.blockSymbols }

    mutating func literal(_ byte: UInt8) {
        symbols.append(UInt16(byte))
        matchLengths.append(0)
        distances.append(0)
        literalCounts[Int(byte)] += 1
    }

    mutating func match(length: Int, distance: Int) {
        let symbol = 257 + Int(DeflateTables.lengthCode[length])
        symbols.append(UInt16(symbol))
        matchLengths.append(UInt16(length))
        distances.append(UInt16(distance - 1))
        literalCounts[symbol] += 1
        distanceCounts[DeflateTables.distanceCode(distance)] += 1
    }

    /// Sends the collected symbols as one block. `raw` is the input the block covers when
    /// it is still at hand, which allows a stored block for incompressible data.
    mutating func flush(raw: ArraySlice<UInt8>?, final: Bool) {
        literalCounts[256] += 1  // end of block
        let literals = HuffmanCode(counts: literalCounts, limit: 15)
        let distanceTree = HuffmanCode(counts: distanceCounts, limit: 15)
        let header = DynamicHeader(literals: literals, distances: distanceTree)
        let dynamicBits = header.bitCount + payloadBits(literals, distanceTree)
        let fixedBits = payloadBits(DeflateBlockWriter.fixedLiterals, DeflateBlockWriter.fixedDistances)
        let storedBits = raw.map { 8 * ($0.count + 5 * max(1, ($0.count + 65_534) / 65_535)) + 7 } ?? Int.max

        if let raw, storedBits <= min(dynamicBits, fixedBits) {
            writeStored(raw, final: final)
        } else if fixedBits <= dynamicBits {
            bits.write(final ? 1 : 0, width: 1)
            bits.write(1, width: 2)
            writeSymbols(DeflateBlockWriter.fixedLiterals, DeflateBlockWriter.fixedDistances)
        } else {
            bits.write(final ? 1 : 0, width: 1)
            bits.write(2, width: 2)
            header.write(to: &bits)
            writeSymbols(literals, distanceTree)
        }
        symbols.removeAll(keepingCapacity: true)
        matchLengths.removeAll(keepingCapacity: true)
        distances.removeAll(keepingCapacity: true)
        literalCounts = [Int](repeating: 0, count: 286)
        distanceCounts = [Int](repeating: 0, count: 30)
    }

    private func payloadBits(_ literals: HuffmanCode, _ distanceTree: HuffmanCode) -> Int {
        var total = 3
        for (symbol, count) in literalCounts.enumerated() where count > 0 {
            let extra = symbol > 256 ? DeflateTables.lengthExtra[symbol - 257] : 0
            total += count * (Int(literals.lengths[symbol]) + extra)
        }
        for (code, count) in distanceCounts.enumerated() where count > 0 {
            total += count * (Int(distanceTree.lengths[code]) + DeflateTables.distanceExtra[code])
        }
        return total
    }

    private mutating func writeSymbols(_ literals: HuffmanCode, _ distanceTree: HuffmanCode) {
        for index in symbols.indices {
            let symbol = Int(symbols[index])
            bits.write(literals.reversedCodes[symbol], width: Int(literals.lengths[symbol]))
            guard symbol > 256 else { continue }
            let lengthIndex = symbol - 257
            let lengthExtra = DeflateTables.lengthExtra[lengthIndex]
            if lengthExtra > 0 {
                let value = Int(matchLengths[index]) - DeflateTables.lengthBase[lengthIndex]
                bits.write(UInt32(value), width: lengthExtra)
            }
            let distance = Int(distances[index]) + 1
            let code = DeflateTables.distanceCode(distance)
            bits.write(distanceTree.reversedCodes[code], width: Int(distanceTree.lengths[code]))
            let distanceExtra = DeflateTables.distanceExtra[code]
            if distanceExtra > 0 {
                bits.write(UInt32(distance - DeflateTables.distanceBase[code]), width: distanceExtra)
            }
        }
        bits.write(literals.reversedCodes[256], width: Int(literals.lengths[256]))
    }

    /// [RFC1951 3.2.4] stored blocks: BFINAL, BTYPE 00, align, LEN, NLEN, bytes.
    private mutating func writeStored(_ raw: ArraySlice<UInt8>, final: Bool) {
        var start = raw.startIndex
        repeat {
            let end = min(start + 65_535, raw.endIndex)
            let isLast = end == raw.endIndex
            bits.write(final && isLast ? 1 : 0, width: 1)
            bits.write(0, width: 2)
            bits.alignToByte()
            let length = UInt32(end - start)
            bits.write(length, width: 16)
            bits.write(~length & 0xFFFF, width: 16)
            bits.writeAligned(raw[start..<end])
            start = end
        } while start < raw.endIndex
    }
}
