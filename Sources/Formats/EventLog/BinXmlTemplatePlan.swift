/// One value-bearing step of a template body, in document order: literal text or a substitution,
/// with the place and attribute it sits at.
struct BinXmlStep {
    enum Source {
        case literal(BinXmlValue)
        case substitution(Int, optional: Bool)
    }

    var source: Source
    var place: BinXmlPlace
    var attribute: BinXmlName?
}

/// Template plans: the first instance of a template in a chunk walks its body token by token and
/// records the steps that carry values; later instances replay those steps against their own
/// values, which skips re-reading element and attribute names (most records reuse a few templates).
extension BinXmlDecoder {
    mutating func record(_ source: BinXmlStep.Source, attribute: BinXmlName?) {
        recording.append(BinXmlStep(source: source, place: places.last ?? .outside, attribute: attribute))
    }

    /// A substitution's value: nested BinXML (0x21) is walked in place; an optional (0x0E) null is dropped.
    mutating func substitute(
        _ value: BinXmlValue, optional: Bool, attribute: BinXmlName?, depth: Int, place: BinXmlPlace? = nil
    ) throws(BinXmlError) {
        if value.type == 0x00 {
            if !optional { note(value, attribute: attribute, place: place) }
        } else if value.type == 0x21 {
            if let place { places.append(place) }
            defer { if place != nil { places.removeLast() } }
            _ = try walk(
                value.offset, end: value.offset + value.size, valueBase: 0, valueCount: 0, inValue: true,
                depth: depth + 1)
        } else {
            note(value, attribute: attribute, place: place)
        }
    }

    /// Renders a template body with its values: by its plan when the chunk has one, else by walking it.
    mutating func render(
        definition: Int, body: Range<Int>, valueBase: Int, valueCount: Int, depth: Int
    ) throws(BinXmlError) {
        let slot = definition >= 0 && definition < planSlots.count ? planSlots[definition] : 0
        if slot >> 12 == generation, Int(slot & 0xFFF) < plans.count {
            let plan = plans[Int(slot & 0xFFF)]
            for step in plan {
                budget -= 1
                guard budget > 0 else { throw .tooDeep }
                switch step.source {
                case .literal(let text):
                    note(text, attribute: step.attribute, place: step.place)
                case .substitution(let index, let optional):
                    let value = index < valueCount ? values[valueBase + index] : .null
                    try substitute(
                        value, optional: optional, attribute: step.attribute, depth: depth + 1,
                        place: step.place)
                }
            }
            return
        }
        let saved = (recording, recordDepth, recordBroken)
        recording = []
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
