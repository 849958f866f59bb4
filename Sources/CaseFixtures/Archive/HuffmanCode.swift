/// A prefix code built from symbol counts, limited to a maximum code length, in the
/// canonical form deflate transmits (RFC 1951 §3.2.2).
struct HuffmanCode {
    /// Code length per symbol; 0 for symbols that never occur.
    let lengths: [UInt8]
    /// Code per symbol with its bits reversed, ready for the LSB-first bit writer.
    let reversedCodes: [UInt32]

    /// The canonical code for known lengths, such as deflate's fixed code.
    init(lengths: [UInt8]) {
        self.lengths = lengths
        let maxLength = Int(lengths.max() ?? 0)
        var lengthCount = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 { lengthCount[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: maxLength + 2)
        var code = 0
        for bits in stride(from: 1, through: maxLength, by: 1) {
            code = (code + lengthCount[bits - 1]) << 1
            nextCode[bits] = code
        }
        var codes = [UInt32](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            codes[symbol] = HuffmanCode.reverse(UInt32(nextCode[Int(length)]), width: Int(length))
            nextCode[Int(length)] += 1
        }
        reversedCodes = codes
    }

    /// An optimal code for `counts` with no code longer than `limit` bits. At least two
    /// symbols get a code, so the code is complete even for a one-symbol block.
    init(counts: [Int], limit: Int) {
        var weights = counts
        var used = weights.indices.filter { weights[$0] > 0 }
        for symbol in weights.indices where used.count < 2 && weights[symbol] == 0 {
            weights[symbol] = 1
            used = weights.indices.filter { weights[$0] > 0 }
        }
        var lengths = HuffmanCode.unlimitedLengths(weights, symbols: used)
        // Flattening the counts until the tree fits is simple and stays near optimal.
        while (lengths.max() ?? 0) > limit {
            weights = weights.map { $0 > 0 ? ($0 + 1) / 2 : 0 }
            lengths = HuffmanCode.unlimitedLengths(weights, symbols: used)
        }
        self.init(lengths: lengths)
    }

    /// Huffman's algorithm with two queues over leaves sorted by (count, symbol), so equal
    /// counts always give the same tree.
    private static func unlimitedLengths(_ weights: [Int], symbols: [Int]) -> [UInt8] {
        let leaves = symbols.sorted { (weights[$0], $0) < (weights[$1], $1) }
        var weight = leaves.map { weights[$0] }
        var parent = [Int](repeating: -1, count: leaves.count)
        var leafNext = 0
        var nodeNext = leaves.count
        func takeSmallest() -> Int {
            if leafNext < leaves.count, nodeNext >= weight.count || weight[leafNext] <= weight[nodeNext] {
                leafNext += 1
                return leafNext - 1
            }
            nodeNext += 1
            return nodeNext - 1
        }
        while (leaves.count - leafNext) + (weight.count - nodeNext) > 1 {
            let first = takeSmallest()
            let second = takeSmallest()
            weight.append(weight[first] + weight[second])
            parent.append(-1)
            parent[first] = weight.count - 1
            parent[second] = weight.count - 1
        }
        var depth = [Int](repeating: 0, count: weight.count)
        for node in stride(from: weight.count - 2, through: 0, by: -1) where parent[node] >= 0 {
            depth[node] = depth[parent[node]] + 1
        }
        var lengths = [UInt8](repeating: 0, count: weights.count)
        for (index, symbol) in leaves.enumerated() { lengths[symbol] = UInt8(max(depth[index], 1)) }
        return lengths
    }

    private static func reverse(_ code: UInt32, width: Int) -> UInt32 {
        var result: UInt32 = 0
        var rest = code
        for _ in 0..<width {
            result = (result << 1) | (rest & 1)
            rest >>= 1
        }
        return result
    }
}
