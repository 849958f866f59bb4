/// The element and attribute names the reader cares about; every other name is `.other`.
enum BinXmlName: UInt8 {
    case other, event, system, provider, eventID, level, timeCreated, eventRecordID, channel, computer
    case eventData, userData, processingErrorData, data, binary
    case nameAttribute, eventSourceName, qualifiers, systemTime, xmlns

    /// The name spelled by UTF-16LE `bytes`. Known names are ASCII, so they are matched byte for byte
    /// without building a String: a chunk's names are read anew in every chunk.
    init(utf16 bytes: UnsafeRawBufferPointer) {
        for (name, spelling) in Self.spellings where spelling.count == bytes.count {
            if spelling.withUnsafeBytes({ $0.elementsEqual(bytes) }) {
                self = name
                return
            }
        }
        // Also "xmlns:auto-ns3".
        self = bytes.starts(with: Self.xmlnsPrefix) ? .xmlns : .other
    }

    private static let spellings: [(BinXmlName, [UInt8])] =
        ([
            (.event, "Event"), (.system, "System"), (.provider, "Provider"), (.eventID, "EventID"),
            (.level, "Level"), (.timeCreated, "TimeCreated"), (.eventRecordID, "EventRecordID"),
            (.channel, "Channel"), (.computer, "Computer"), (.eventData, "EventData"), (.userData, "UserData"),
            (.processingErrorData, "ProcessingErrorData"), (.data, "Data"), (.binary, "Binary"),
            (.nameAttribute, "Name"), (.eventSourceName, "EventSourceName"), (.qualifiers, "Qualifiers"),
            (.systemTime, "SystemTime"),
        ] as [(BinXmlName, String)]).map { ($0.0, utf16LittleEndian($0.1)) }

    private static let xmlnsPrefix = utf16LittleEndian("xmlns")

    private static func utf16LittleEndian(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }
}

/// Where in the event XML an element sits, which decides what its values mean [EVTX fields to extract].
enum BinXmlPlace: UInt8 {
    case outside, system, provider, eventID, level, timeCreated, recordID, channel, computer
    case eventData, data, userData, userDataLeaf, ignored

    /// The place of a child element named `name` inside an element at this place.
    func child(_ name: BinXmlName) -> BinXmlPlace {
        switch self {
        case .outside:
            switch name {
            case .event: .outside
            case .system: .system
            case .eventData: .eventData
            case .userData, .processingErrorData: .userData
            default: .ignored
            }
        case .system:
            switch name {
            case .provider: .provider
            case .eventID: .eventID
            case .level: .level
            case .timeCreated: .timeCreated
            case .eventRecordID: .recordID
            case .channel: .channel
            case .computer: .computer
            default: .ignored
            }
        case .eventData: name == .data ? .data : .ignored
        case .userData, .userDataLeaf: .userDataLeaf
        default: .ignored
        }
    }
}

/// The field of `BinXmlDecoder.Fields` a value fills, by the place and attribute it sits at.
enum BinXmlField: UInt8 {
    case none, provider, eventSourceName, eventID, qualifiers, level, timeCreated, recordID, channel, computer, data

    init(place: BinXmlPlace, attribute: BinXmlName?) {
        if let attribute {
            switch (place, attribute) {
            case (.provider, .nameAttribute): self = .provider
            case (.provider, .eventSourceName): self = .eventSourceName
            case (.eventID, .qualifiers): self = .qualifiers
            case (.timeCreated, .systemTime): self = .timeCreated
            case (.userDataLeaf, let name) where name != .xmlns: self = .data
            default: self = .none
            }
            return
        }
        switch place {
        case .eventID: self = .eventID
        case .level: self = .level
        case .recordID: self = .recordID
        case .channel: self = .channel
        case .computer: self = .computer
        case .data, .userDataLeaf: self = .data
        default: self = .none
        }
    }
}
