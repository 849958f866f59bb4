extension LineReader {
    mutating func split(_ bytes: UnsafeRawBufferPointer, _ onLine: (TextLine) -> Void) {
        guard let encoding = detection?.encoding, !bytes.isEmpty else { return }
        switch encoding {
        case .utf8, .cp932, .latin1: splitBytes(bytes, onLine)
        case .utf16LE: splitUnits(bytes, littleEndian: true, onLine)
        case .utf16BE: splitUnits(bytes, littleEndian: false, onLine)
        }
    }

    /// Single-byte line breaks: CP932 trail bytes start at 0x40, so 0x0A/0x0D are always breaks.
    private mutating func splitBytes(_ bytes: UnsafeRawBufferPointer, _ onLine: (TextLine) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0A && afterCR {
                    afterCR = false
                } else {
                    emit(onLine)
                    afterCR = byte == 0x0D
                }
                index &+= 1
                continue
            }
            afterCR = false
            var end = index &+ 1
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end &+= 1 }
            keep(UnsafeRawBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
    }

    private mutating func splitUnits(
        _ bytes: UnsafeRawBufferPointer, littleEndian: Bool,
        _ onLine: (TextLine) -> Void
    ) {
        var index = 0
        let count = bytes.count
        if let carried = carriedByte {
            carriedByte = nil
            let pair: [UInt8] = [carried, bytes[0]]
            pair.withUnsafeBytes { handleUnit($0, littleEndian: littleEndian, onLine) }
            index = 1
        }
        var runStart = index
        while index &+ 1 < count {
            let unit =
                littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index &+ 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index &+ 1])
            if unit == 0x0A || unit == 0x0D {
                if runStart < index { keep(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index])) }
                lineBreak(isCR: unit == 0x0D, onLine)
                runStart = index &+ 2
            } else if afterCR {
                afterCR = false
            }
            index &+= 2
        }
        if runStart < index { keep(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index])) }
        if index < count { carriedByte = bytes[index] }
    }

    private mutating func handleUnit(
        _ pair: UnsafeRawBufferPointer, littleEndian: Bool,
        _ onLine: (TextLine) -> Void
    ) {
        let unit = littleEndian ? UInt16(pair[0]) | UInt16(pair[1]) << 8 : UInt16(pair[0]) << 8 | UInt16(pair[1])
        if unit == 0x0A || unit == 0x0D {
            lineBreak(isCR: unit == 0x0D, onLine)
        } else {
            afterCR = false
            keep(pair)
        }
    }

    private mutating func lineBreak(isCR: Bool, _ onLine: (TextLine) -> Void) {
        if !isCR && afterCR {
            afterCR = false
            return
        }
        emit(onLine)
        afterCR = isCR
    }

    /// Appends to the current line up to the bound; beyond it the line is only marked cut.
    private mutating func keep(_ run: UnsafeRawBufferPointer) {
        let room = maxLineBytes &- line.count
        if run.count <= room {
            line.append(contentsOf: run)
        } else {
            if room > 0 {
                // Cut on a code-unit boundary so UTF-16 stays aligned.
                let unit = detection?.encoding.codeUnitSize ?? 1
                line.append(contentsOf: run.prefix(room - room % unit))
            }
            lineOverflowed = true
        }
    }

    mutating func emit(_ onLine: (TextLine) -> Void) {
        lineCount &+= 1
        if lineOverflowed { truncatedLines &+= 1 }
        let text = line.withUnsafeBytes { raw -> String in
            switch detection?.encoding ?? .latin1 {
            case .cp932:
                let converter = cp932 ?? CP932Converter()
                cp932 = converter
                return converter.decode(raw)
            case let encoding:
                return TextDecoding.decode(raw, as: encoding)
            }
        }
        onLine(TextLine(number: lineCount, text: text, truncated: lineOverflowed))
        line.removeAll(keepingCapacity: line.capacity <= 4096)
        lineOverflowed = false
    }
}
