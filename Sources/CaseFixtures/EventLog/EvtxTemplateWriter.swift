import Foundation

/// Writes a record's BinXML as a template instance: one template per number of inserts, defined
/// inline at its first use in the chunk and referenced by offset afterwards [EVTX][OMB tokens.rs].
struct EvtxTemplateWriter {
    private var names: [String: Int] = [:]
    private var templates: [Int: Int] = [:]  // insert count -> definition offset
    private(set) var definitionOffsets: [Int] = []

    /// Substitution indexes of the System values; inserts follow from `firstInsert`.
    private enum Slot {
        static let provider: UInt16 = 0, eventID: UInt16 = 1, level: UInt16 = 2, time: UInt16 = 3
        static let recordID: UInt16 = 4, channel: UInt16 = 5, computer: UInt16 = 6, qualifiers: UInt16 = 7
        static let firstInsert = 8
    }

    mutating func writeInstance(_ event: EvtxEvent, recordID: UInt64, into sink: inout LittleEndianSink) {
        sink.bytes.append(contentsOf: [0x0F, 0x01, 0x01, 0x00])  // fragment header
        sink.u8(0x0C)
        sink.u8(0x01)
        sink.u32(UInt32(1000 + event.data.count))  // template id
        if let offset = templates[event.data.count] {
            sink.u32(UInt32(offset))
        } else {
            let offset = sink.count + 4
            sink.u32(UInt32(offset))
            templates[event.data.count] = offset
            definitionOffsets.append(offset)
            writeDefinition(inserts: event.data.count, into: &sink)
        }
        var values: [(type: UInt8, bytes: [UInt8])] = []
        func text(_ string: String) -> [UInt8] { string.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        func little<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
            withUnsafeBytes(of: value.littleEndian) { Array($0) }
        }
        values.append((0x01, text(event.provider)))
        values.append((0x06, little(UInt16(truncatingIfNeeded: event.eventID))))
        values.append((0x04, little(UInt8(truncatingIfNeeded: event.level))))
        values.append((0x11, little(LittleEndianSink.fileTime(event.time))))
        values.append((0x0A, little(recordID)))
        values.append((0x01, text(event.channel)))
        values.append((0x01, text(event.computer)))
        values.append(event.qualifiers.map { (0x06, little(UInt16(truncatingIfNeeded: $0))) } ?? (0x00, []))
        for insert in event.data { values.append((0x01, text(insert))) }
        sink.u32(UInt32(values.count))
        for value in values {
            sink.u16(UInt16(value.bytes.count))
            sink.u8(value.type)
            sink.u8(0)
        }
        for value in values { sink.bytes.append(contentsOf: value.bytes) }
        sink.u8(0x00)  // EOF
    }

    private mutating func writeDefinition(inserts: Int, into sink: inout LittleEndianSink) {
        sink.u32(0)  // next template offset
        sink.bytes.append(contentsOf: [UInt8(inserts & 0xFF)] + Array(repeating: 0x5A, count: 15))  // GUID
        let sizeAt = sink.count
        sink.u32(0)
        let body = sink.count
        sink.bytes.append(contentsOf: [0x0F, 0x01, 0x01, 0x00])
        var out = BinXmlBuilder(sink: sink, names: names)
        out.element("Event", attributes: [("xmlns", nil)]) { out in
            out.element("System") { out in
                out.element("Provider", attributes: [("Name", (Slot.provider, 0x01))], empty: true)
                out.element("EventID", attributes: [("Qualifiers", (Slot.qualifiers, 0x06))]) { out in
                    out.substitution(Slot.eventID, 0x06)
                }
                out.element("Level") { $0.substitution(Slot.level, 0x04) }
                out.element("TimeCreated", attributes: [("SystemTime", (Slot.time, 0x11))], empty: true)
                out.element("EventRecordID") { $0.substitution(Slot.recordID, 0x0A) }
                out.element("Channel") { $0.substitution(Slot.channel, 0x01) }
                out.element("Computer") { $0.substitution(Slot.computer, 0x01) }
            }
            out.element("EventData") { out in
                for index in 0..<inserts {
                    out.element("Data") { $0.substitution(UInt16(Slot.firstInsert + index), 0x01, optional: false) }
                }
            }
        }
        out.sink.u8(0x00)  // EOF
        sink = out.sink
        names = out.names
        sink.set32(sizeAt, UInt32(sink.count - body))
    }
}

/// Writes the elements of a template body.
private struct BinXmlBuilder {
    var sink: LittleEndianSink
    var names: [String: Int]

    /// An element with attributes (a substitution, or nil for the event schema's namespace text).
    mutating func element(
        _ name: String, attributes: [(String, (UInt16, UInt8)?)] = [], empty: Bool = false,
        content: (inout BinXmlBuilder) -> Void = { _ in }
    ) {
        sink.u8(attributes.isEmpty ? 0x01 : 0x41)
        sink.u16(0xFFFF)  // dependency id
        let sizeAt = sink.count
        sink.u32(0)
        self.name(name)
        if !attributes.isEmpty {
            let listAt = sink.count
            sink.u32(0)
            for (index, attribute) in attributes.enumerated() {
                sink.u8(index == attributes.count - 1 ? 0x06 : 0x46)
                self.name(attribute.0)
                if let (slot, type) = attribute.1 {
                    substitution(slot, type)
                } else {
                    let text = "http://schemas.microsoft.com/win/2004/08/events/event"
                    sink.u8(0x05)
                    sink.u8(0x01)
                    sink.u16(UInt16(text.utf16.count))
                    sink.utf16(text)
                }
            }
            sink.set32(listAt, UInt32(sink.count - listAt - 4))
        }
        if empty {
            sink.u8(0x03)
        } else {
            sink.u8(0x02)
            content(&self)
            sink.u8(0x04)
        }
        sink.set32(sizeAt, UInt32(sink.count - sizeAt - 4))
    }

    mutating func substitution(_ slot: UInt16, _ type: UInt8, optional: Bool = true) {
        sink.u8(optional ? 0x0E : 0x0D)
        sink.u16(slot)
        sink.u8(type)
    }

    /// A name: inline at its first use in the chunk, then referenced by offset [OMB name.rs].
    private mutating func name(_ text: String) {
        if let offset = names[text] {
            sink.u32(UInt32(offset))
            return
        }
        let offset = sink.count + 4
        names[text] = offset
        sink.u32(UInt32(offset))
        sink.u32(0)  // next string offset
        // Name hash: readers do not check it.
        sink.u16(UInt16(truncatingIfNeeded: text.utf16.reduce(UInt32(0)) { $0 &* 65599 &+ UInt32($1) }))
        sink.u16(UInt16(text.utf16.count))
        sink.utf16(text)
        sink.u16(0)
    }
}
