/// Walks the BinXML of one record and notes where the fields of interest lie, without
/// building XML: names are resolved once per chunk, values are decoded later on demand.
struct BinXmlDecoder {
    /// The System fields and message inserts found in the record being decoded.
    struct Fields {
        var provider: BinXmlValue?
        var eventSourceName: BinXmlValue?
        var eventID: BinXmlValue?
        var qualifiers: BinXmlValue?
        var level: BinXmlValue?
        var timeCreated: BinXmlValue?
        var recordID: BinXmlValue?
        var channel: BinXmlValue?
        var computer: BinXmlValue?
        var data: [BinXmlValue] = []

        /// Empties the fields for the next record, keeping the room of `data`.
        mutating func reset() {
            provider = nil
            eventSourceName = nil
            eventID = nil
            qualifiers = nil
            level = nil
            timeCreated = nil
            recordID = nil
            channel = nil
            computer = nil
            data.removeAll(keepingCapacity: true)
        }
    }

    internal(set) var fields = Fields()
    /// Names by chunk offset, stamped with the chunk they were read in so that no reset is needed.
    /// Grown to the highest offset cached (see `grow`), not allocated for a whole chunk up front.
    private var names: [UInt32] = []
    var generation: UInt32 = 0
    private var collectData = true
    /// The values of the template instances being rendered, innermost last: `values[..<valueTop]`.
    /// A stack whose room is kept from record to record, so that pushing a value is a store.
    var values: [BinXmlValue] = []
    private var valueTop = 0
    var places: [BinXmlPlace] = []
    var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    /// Tokens left for the current record: templates may reference themselves, so walking is budgeted.
    var budget = 0
    /// Template plans of the chunk (see BinXmlTemplatePlan.swift), by definition offset, generation-stamped.
    var plans: [[BinXmlStep]] = []
    var planSlots: [UInt32] = []
    /// The steps of the template body being walked for the first time, at depth `recordDepth`.
    var recording: [BinXmlStep] = []
    var recordDepth = -1
    var recordBroken = false

    static let maxDepth = 24
    private static let maxElementDepth = 64
    private static let maxValues = 4096
    private static let tokenBudget = 200_000

    /// Starts a new chunk: names and templates are chunk-relative, so caches end here.
    mutating func begin(chunk: UnsafeRawBufferPointer) {
        self.chunk = chunk
        generation &+= 1
        plans.removeAll(keepingCapacity: true)
        if generation >= 1 << 19 {
            generation = 1
            for index in names.indices { names[index] = 0 }
            for index in planSlots.indices { planSlots[index] = 0 }
        }
    }

    /// Decodes the BinXML of one record lying at `range` of the chunk.
    mutating func decodeRecord(_ range: Range<Int>, collectData: Bool) throws(BinXmlError) {
        fields.reset()
        self.collectData = collectData
        valueTop = 0
        places.removeAll(keepingCapacity: true)
        budget = Self.tokenBudget
        _ = try walk(range.lowerBound, end: range.upperBound, valueBase: 0, valueCount: 0, inValue: false, depth: 0)
    }

    /// Walks tokens from `start` until EOF or `end`; returns the position after the last token.
    mutating func walk(
        _ start: Int, end: Int, valueBase: Int, valueCount: Int, inValue: Bool, depth: Int
    ) throws(BinXmlError) -> Int {
        guard depth < Self.maxDepth else { throw .tooDeep }
        let entryDepth = places.count
        defer { if places.count > entryDepth { places.removeLast(places.count - entryDepth) } }
        var pos = start
        var attribute: BinXmlName?
        while pos < end {
            budget -= 1
            guard budget > 0 else { throw .tooDeep }
            let token = try chunk.u8(pos)
            switch token & 0xBF {
            case 0x00:  // EOF
                return pos + 1
            case 0x0F:  // fragment header 0F 01 01 00
                pos += 4
            case 0x01:  // open start element [EVTX]; no dependency id inside a 0x21 value [OMB]
                pos += try hasDependencyID(at: pos, inValue: inValue) ? 3 : 1
                pos += 4  // data size
                let name = try readName(&pos)
                if token & 0x40 != 0 { pos += 4 }  // attribute list size
                guard places.count < Self.maxElementDepth else { throw .tooDeep }
                places.append((places.last ?? .outside).child(name))
                attribute = nil
            case 0x02:  // close start tag
                attribute = nil
                pos += 1
            case 0x03, 0x04:  // close empty element, end element
                if places.count > entryDepth { places.removeLast() }
                attribute = nil
                pos += 1
            case 0x05:  // value text: type, u16 count, UTF-16LE
                let units = Int(try chunk.u16(pos + 2))
                let text = BinXmlValue(offset: pos + 4, size: units * 2, type: 0x01)
                let field = BinXmlField(place: places.last ?? .outside, attribute: attribute)
                if depth == recordDepth { record(.literal(text), field: field) }
                note(text, in: field)
                pos += 4 + units * 2
            case 0x06:  // attribute
                pos += 1
                attribute = try readName(&pos)
            case 0x07:  // CDATA
                let units = Int(try chunk.u16(pos + 1))
                let text = BinXmlValue(offset: pos + 3, size: units * 2, type: 0x01)
                let field = BinXmlField(place: places.last ?? .outside, attribute: attribute)
                if depth == recordDepth { record(.literal(text), field: field) }
                note(text, in: field)
                pos += 3 + units * 2
            case 0x08:  // character reference
                pos += 3
            case 0x09, 0x0A:  // entity reference, PI target
                pos += 1
                _ = try readName(&pos)
            case 0x0B:  // PI data
                pos += 3 + Int(try chunk.u16(pos + 1)) * 2
            case 0x0C:
                if depth == recordDepth { recordBroken = true }  // a plan cannot replay an inner instance
                pos = try templateInstance(pos, depth: depth)
            case 0x0D, 0x0E:  // substitution: u16 index, u8 type
                let index = Int(try chunk.u16(pos + 1))
                pos += 4
                let field = BinXmlField(place: places.last ?? .outside, attribute: attribute)
                if depth == recordDepth { record(.substitution(index, optional: token == 0x0E), field: field) }
                let value = index < valueCount ? values[valueBase + index] : .null
                try substitute(value, optional: token == 0x0E, field: field, depth: depth)
            default:
                throw .unknownToken(token)
            }
        }
        return pos
    }

    /// Reads a template instance and walks its definition with its values [OMB tokens.rs].
    private mutating func templateInstance(_ start: Int, depth: Int) throws(BinXmlError) -> Int {
        let definition = Int(try chunk.u32(start + 6))
        var pos = start + 10
        if definition == pos {  // inline definition: next offset, GUID, data size, data
            pos += 24 + Int(try chunk.u32(pos + 20))
        }
        let bodySize = Int(try chunk.u32(definition + 20))
        let body = definition + 24
        guard body + bodySize <= chunk.count else { throw .outOfBounds }
        let count = Int(try chunk.u32(pos))
        pos += 4
        guard count <= Self.maxValues, count <= (chunk.count - pos) / 4 else { throw .outOfBounds }
        let base = valueTop
        if values.count < base + count {
            values += repeatElement(BinXmlValue.null, count: base + count - values.count)
        }
        // The descriptors lie inside the chunk (checked above).
        var dataPos = pos + count * 4
        values.withUnsafeMutableBufferPointer { values in
            for index in 0..<count {
                let size = Int(
                    UInt16(littleEndian: chunk.loadUnaligned(fromByteOffset: pos + index * 4, as: UInt16.self)))
                let type = chunk[pos + index * 4 + 2]
                values[base + index] = BinXmlValue(offset: dataPos, size: size, type: type)
                dataPos += size  // always advance by the declared size [OMB]
            }
        }
        guard dataPos <= chunk.count else { throw .outOfBounds }
        valueTop = base + count
        defer { valueTop = base }
        try render(
            definition: definition, body: body..<(body + bodySize), valueBase: base, valueCount: count,
            depth: depth)
        return dataPos
    }

    /// Whether an element start at `pos` carries the u16 dependency id: templates do, 0x21 values do
    /// not [EVTX][OMB], and some records written directly (forwarded events) do not either, which shows
    /// as a name offset that is neither inline nor an earlier name of the chunk.
    private func hasDependencyID(at pos: Int, inValue: Bool) throws(BinXmlError) -> Bool {
        func plausible(_ name: Int, inlineAt: Int) -> Bool { name == inlineAt || (name >= 512 && name < pos) }
        if inValue { return false }
        if plausible(Int(try chunk.u32(pos + 7)), inlineAt: pos + 11) { return true }
        return !plausible(Int(try chunk.u32(pos + 5)), inlineAt: pos + 9)
    }

    /// Reads a u32 name offset at `pos`, skipping an inline name that starts right after it [OMB name.rs].
    private mutating func readName(_ pos: inout Int) throws(BinXmlError) -> BinXmlName {
        let offset = Int(try chunk.u32(pos))
        pos += 4
        let name = try name(at: offset)
        if offset == pos { pos += 10 + Int(try chunk.u16(offset + 6)) * 2 }
        return name
    }

    private mutating func name(at offset: Int) throws(BinXmlError) -> BinXmlName {
        if offset >= 0, offset < names.count, names[offset] >> 8 == generation {
            return BinXmlName(rawValue: UInt8(names[offset] & 0xFF)) ?? .other
        }
        let units = Int(try chunk.u16(offset + 6))
        var name = BinXmlName.other
        if units <= 24 {
            guard offset >= 0, offset + 8 <= chunk.count &- units * 2 else { throw .outOfBounds }
            name = BinXmlName(utf16: UnsafeRawBufferPointer(rebasing: chunk[(offset + 8)..<(offset + 8 + units * 2)]))
        }
        if Self.grow(&names, toHold: offset) { names[offset] = generation << 8 | UInt32(name.rawValue) }
        return name
    }

    /// Makes a table indexed by chunk offset long enough to hold `offset` (zeros: stamped with no
    /// generation), in powers of two up to the chunk size; false for an offset outside any chunk.
    /// A chunk whose names and templates sit in its first kilobytes, as a fuzzed or short one's do,
    /// then costs a few kilobytes instead of two 256 KiB tables per reader.
    static func grow(_ table: inout [UInt32], toHold offset: Int) -> Bool {
        guard offset >= 0, offset < 65536 else { return false }
        if offset >= table.count {
            var count = max(table.count, 1024)
            while count <= offset { count *= 2 }
            table += [UInt32](repeating: 0, count: min(count, 65536) - table.count)
        }
        return true
    }

    /// Files a value under the field its place and attribute name say it is (`BinXmlField`).
    mutating func note(_ value: BinXmlValue, in field: BinXmlField) {
        switch field {
        case .none: break
        case .provider: fields.provider = value
        case .eventSourceName: fields.eventSourceName = value
        case .eventID: fields.eventID = value
        case .qualifiers: fields.qualifiers = value
        case .level: fields.level = value
        case .timeCreated: fields.timeCreated = value
        case .recordID: fields.recordID = value
        case .channel: fields.channel = value
        case .computer: fields.computer = value
        case .data: addData(value)
        }
    }

    private mutating func addData(_ value: BinXmlValue) {
        if collectData, fields.data.count < EventRecord.maxDataStrings { fields.data.append(value) }
    }
}
