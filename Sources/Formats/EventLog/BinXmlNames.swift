/// The element and attribute names the reader cares about; every other name is `.other`.
enum BinXmlName: UInt8 {
    case other, event, system, provider, eventID, level, timeCreated, eventRecordID, channel, computer
    case eventData, userData, processingErrorData, data, binary
    case nameAttribute, eventSourceName, qualifiers, systemTime, xmlns

    init(_ text: String) {
        switch text {
        case "Event": self = .event
        case "System": self = .system
        case "Provider": self = .provider
        case "EventID": self = .eventID
        case "Level": self = .level
        case "TimeCreated": self = .timeCreated
        case "EventRecordID": self = .eventRecordID
        case "Channel": self = .channel
        case "Computer": self = .computer
        case "EventData": self = .eventData
        case "UserData": self = .userData
        case "ProcessingErrorData": self = .processingErrorData
        case "Data": self = .data
        case "Binary": self = .binary
        case "Name": self = .nameAttribute
        case "EventSourceName": self = .eventSourceName
        case "Qualifiers": self = .qualifiers
        case "SystemTime": self = .systemTime
        default: self = text.hasPrefix("xmlns") ? .xmlns : .other  // also "xmlns:auto-ns3"
        }
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
