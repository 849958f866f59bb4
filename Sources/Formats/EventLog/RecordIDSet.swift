/// The record ids already read, kept as sorted disjoint ranges: a log's ids run in long
/// consecutive stretches, so this stays small where a plain set would hold every id.
struct RecordIDSet {
    private var lows: [UInt64] = []
    private var highs: [UInt64] = []
    private static let maxRanges = 1 << 16

    /// Whether `id` was added before.
    func contains(_ id: UInt64) -> Bool {
        let index = firstRange(endingAtOrAfter: id)
        return index < lows.count && lows[index] <= id
    }

    private func firstRange(endingAtOrAfter id: UInt64) -> Int {
        var low = 0, high = highs.count
        while low < high {
            let mid = (low + high) / 2
            if highs[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Adds `id`; returns false when it was already present.
    mutating func insert(_ id: UInt64) -> Bool {
        // Fast path: the next id of the latest stretch.
        if let last = highs.last, id == last &+ 1, last != UInt64.max {
            highs[highs.count - 1] = id
            return true
        }
        let index = firstRange(endingAtOrAfter: id)
        if index < lows.count, lows[index] <= id { return false }
        let joinsPrevious = index > 0 && highs[index - 1] &+ 1 == id
        let joinsNext = index < lows.count && id &+ 1 == lows[index]
        switch (joinsPrevious, joinsNext) {
        case (true, true):
            highs[index - 1] = highs[index]
            lows.remove(at: index)
            highs.remove(at: index)
        case (true, false):
            highs[index - 1] = id
        case (false, true):
            lows[index] = id
        case (false, false):
            // Past the bound, ids are no longer remembered: duplicates may then be counted twice.
            guard lows.count < Self.maxRanges else { return true }
            lows.insert(id, at: index)
            highs.insert(id, at: index)
        }
        return true
    }
}
