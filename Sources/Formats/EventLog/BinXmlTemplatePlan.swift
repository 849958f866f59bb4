/// One value-bearing step of a template body, in document order: literal text or a substitution,
/// with the place it sits at and the field it fills.
struct BinXmlStep {
    enum Source {
        case literal(BinXmlValue)
        case substitution(Int, optional: Bool)
    }

    var source: Source
    var place: BinXmlPlace
    var field: BinXmlField
}

/// Template plans: the first instance of a template in a chunk walks its body token by token and
/// records the steps that carry values; later instances replay those steps against their own
/// values, which skips re-reading element and attribute names (most records reuse a few templates).
extension BinXmlDecoder {
    /// Records a step of the body being walked for the first time. Literal text that fills no
    /// field is left out: replaying it would do nothing.
    mutating func record(_ source: BinXmlStep.Source, field: BinXmlField) {
        if case .literal = source, field == .none { return }
        recording.append(BinXmlStep(source: source, place: places.last ?? .outside, field: field))
    }

    /// A substitution's value: nested BinXML (0x21) is walked in place (at `place`, when the walk is
    /// not already there); an optional (0x0E) null is dropped.
    mutating func substitute(
        _ value: BinXmlValue, optional: Bool, field: BinXmlField, depth: Int, place: BinXmlPlace? = nil
    ) throws(BinXmlError) {
        if value.type == 0x00 {
            if !optional { note(value, in: field) }
        } else if value.type == 0x21 {
            if let place { places.append(place) }
            defer { if place != nil { places.removeLast() } }
            _ = try walk(
                value.offset, end: value.offset + value.size, valueBase: 0, valueCount: 0, inValue: true,
                depth: depth + 1)
        } else {
            note(value, in: field)
        }
    }

    /// Renders a template body with its values: by its plan when the chunk has one, else by walking it.
    mutating func render(
        definition: Int, body: Range<Int>, valueBase: Int, valueCount: Int, depth: Int
    ) throws(BinXmlError) {
        let slot = definition >= 0 && definition < planSlots.count ? planSlots[definition] : 0
        if slot >> 12 == generation, Int(slot & 0xFFF) < plans.count {
            let plan = plans[Int(slot & 0xFFF)]
            try plan.withUnsafeBufferPointer { (plan) throws(BinXmlError) in
                for step in plan {
                    budget -= 1
                    guard budget > 0 else { throw .tooDeep }
                    switch step.source {
                    case .literal(let text):
                        note(text, in: step.field)
                    case .substitution(let index, let optional):
                        let value = index < valueCount ? values[valueBase + index] : .null
                        try substitute(
                            value, optional: optional, field: step.field, depth: depth + 1, place: step.place)
                    }
                }
            }
            return
        }
        let saved = (recording, recordDepth, recordBroken)
        recording = []
        recording.reserveCapacity(32)
        recordDepth = depth + 1
        recordBroken = false
        defer { (recording, recordDepth, recordBroken) = saved }
        _ = try walk(
            body.lowerBound, end: body.upperBound, valueBase: valueBase, valueCount: valueCount,
            inValue: false, depth: depth + 1)
        if !recordBroken, plans.count < 0xFFF, Self.grow(&planSlots, toHold: definition) {
            planSlots[definition] = generation << 12 | UInt32(plans.count)
            plans.append(recording)
        }
    }
}
