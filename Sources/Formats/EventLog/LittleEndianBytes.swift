/// Why a BinXML fragment could not be read to its end.
enum BinXmlError: Error {
    case outOfBounds
    case unknownToken(UInt8)
    case tooDeep
}

/// Bounds-checked little-endian reads over a chunk: every offset in a chunk comes from the file.
extension UnsafeRawBufferPointer {
    @inline(__always) func u8(_ offset: Int) throws(BinXmlError) -> UInt8 {
        guard offset >= 0, offset < count else { throw .outOfBounds }
        return self[offset]
    }

    @inline(__always) func u16(_ offset: Int) throws(BinXmlError) -> UInt16 {
        guard offset >= 0, offset <= count &- 2 else { throw .outOfBounds }
        return UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    @inline(__always) func u32(_ offset: Int) throws(BinXmlError) -> UInt32 {
        guard offset >= 0, offset <= count &- 4 else { throw .outOfBounds }
        return UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always) func u64(_ offset: Int) throws(BinXmlError) -> UInt64 {
        guard offset >= 0, offset <= count &- 8 else { throw .outOfBounds }
        return UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Reads a value the caller has already bounds-checked (headers of a buffer known to be long enough).
    @inline(__always) func u32Unchecked(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always) func u64Unchecked(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Decodes `units` UTF-16LE code units at `offset`, bounded, replacing ill-formed sequences.
    func utf16String(_ offset: Int, units: Int, limit: Int = Int.max) throws(BinXmlError) -> String {
        let length = Swift.min(units, limit)
        guard offset >= 0, length >= 0, offset <= count &- length &* 2 else { throw .outOfBounds }
        let slice = UnsafeRawBufferPointer(rebasing: self[offset..<(offset + length * 2)])
        if let ascii = Self.asciiString(utf16: slice) { return ascii }
        if let aligned = slice.baseAddress, Int(bitPattern: aligned) % 2 == 0 {
            let units = UnsafeBufferPointer(start: aligned.assumingMemoryBound(to: UInt16.self), count: length)
            return String(decoding: units, as: UTF16.self)
        }
        var copy = [UInt16](repeating: 0, count: length)
        for index in 0..<length { copy[index] = UInt16(slice[index * 2]) | UInt16(slice[index * 2 + 1]) << 8 }
        return String(decoding: copy, as: UTF16.self)
    }

    /// The text of UTF-16LE `bytes` when every unit is ASCII, the usual case for names, computers and
    /// most inserts: narrowed straight to UTF-8, which skips the general decoder's validation.
    private static func asciiString(utf16 bytes: UnsafeRawBufferPointer) -> String? {
        let length = bytes.count / 2
        var index = 0
        while index < length {
            guard bytes[index * 2] < 0x80, bytes[index * 2 + 1] == 0 else { return nil }
            index += 1
        }
        return String(unsafeUninitializedCapacity: length) { utf8 in
            for index in 0..<length { utf8[index] = bytes[index * 2] }
            return length
        }
    }
}
