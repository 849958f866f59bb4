/// Tells whether a picture is one colour all over — a blank capture, not the dialog a
/// customer meant to photograph. Reads uncompressed BMP and non-interlaced PNG; other pictures
/// (JPEG, GIF) are not judged.
public enum UniformPicture {
    /// The most decoded pixel bytes examined; larger pictures are not judged.
    public static let decodedLimit = 32 << 20

    /// true: one colour; false: more than one; nil: cannot tell (format, damage, size).
    public static func isUniform(_ bytes: [UInt8], format: ImageFormat?) -> Bool? {
        switch format {
        case .png?: return png(bytes)
        case .bmp?: return bmp(bytes)
        default: return nil
        }
    }

    /// PNG (ISO/IEC 15948): IHDR, the IDAT chunks' zlib stream, then each scanline's filter
    /// byte undone (§9) before pixels are compared.
    static func png(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 33 else { return nil }
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        let width = u32(16)
        let height = u32(20)
        let depth = Int(bytes[24])
        let colourType = Int(bytes[25])
        guard bytes[28] == 0, width > 0, height > 0 else { return nil }  // interlaced pictures are not judged
        let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colourType] ?? 0
        guard channels > 0, [1, 2, 4, 8, 16].contains(depth), depth >= 8 || channels == 1 else { return nil }
        let rowBytes = (width * channels * depth + 7) / 8
        let pixelBytes = max(1, channels * depth / 8)
        guard (rowBytes + 1).multipliedReportingOverflow(by: height).overflow == false,
            (rowBytes + 1) * height <= decodedLimit
        else { return nil }
        var compressed: [UInt8] = []
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = u32(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard length >= 0, offset + 12 + length <= bytes.count else { return nil }
            if type == "IDAT" { compressed += bytes[(offset + 8)..<(offset + 8 + length)] }
            if type == "IEND" { break }
            offset += 12 + length
        }
        guard compressed.count > 2,
            let raw = Inflate.decode(compressed, from: 2, limit: (rowBytes + 1) * height),
            raw.count == (rowBytes + 1) * height
        else { return nil }
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var first: [UInt8]?
        for row in 0..<height {
            let start = row * (rowBytes + 1)
            var line = Array(raw[(start + 1)...(start + rowBytes)])
            guard unfilter(&line, filter: raw[start], previous: previous, pixelBytes: pixelBytes) else { return nil }
            if depth < 8 {
                // Sub-byte pixels, first pixel in the high bits (§7.2): equal bytes are not enough
                // (0x55 is two colours alternating), and a row's last byte is padded.
                let mask = UInt8((1 << depth) - 1)
                let value = first?[0] ?? line[0] >> (8 - depth)
                first = [value]
                for pixel in 0..<width {
                    let bit = pixel * depth
                    guard (line[bit / 8] >> (8 - depth - bit % 8)) & mask == value else { return false }
                }
            } else {
                let pixel = first ?? Array(line[0..<pixelBytes])
                first = pixel
                for index in stride(from: 0, to: rowBytes, by: pixelBytes)
                where !line[index..<(index + pixelBytes)].elementsEqual(pixel) {
                    return false
                }
            }
            previous = line
        }
        return true
    }

    private static func unfilter(_ line: inout [UInt8], filter: UInt8, previous: [UInt8], pixelBytes: Int) -> Bool {
        switch filter {
        case 0: return true
        case 1:
            for index in pixelBytes..<max(pixelBytes, line.count) { line[index] &+= line[index - pixelBytes] }
        case 2:
            for index in line.indices { line[index] &+= previous[index] }
        case 3:
            for index in line.indices {
                let left = index >= pixelBytes ? Int(line[index - pixelBytes]) : 0
                line[index] &+= UInt8((left + Int(previous[index])) / 2)
            }
        case 4:
            for index in line.indices {
                let left = index >= pixelBytes ? Int(line[index - pixelBytes]) : 0
                let up = Int(previous[index])
                let upLeft = index >= pixelBytes ? Int(previous[index - pixelBytes]) : 0
                let estimate = left + up - upLeft
                let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                line[index] &+= UInt8(a <= b && a <= c ? left : b <= c ? up : upLeft)
            }
        default: return false
        }
        return true
    }

    /// Uncompressed BMP (BI_RGB) with 24 or 32 bits per pixel: rows padded to 4 bytes.
    static func bmp(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 54 else { return nil }
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        let dataOffset = u32(10)
        let width = Int(Int32(truncatingIfNeeded: u32(18)))
        let height = abs(Int(Int32(truncatingIfNeeded: u32(22))))
        let bitsPerPixel = Int(bytes[28]) | Int(bytes[29]) << 8
        guard u32(30) == 0, bitsPerPixel == 24 || bitsPerPixel == 32, width > 0, height > 0 else { return nil }
        let pixelBytes = bitsPerPixel / 8
        let rowBytes = (width * pixelBytes + 3) / 4 * 4
        // A hostile header's width × height overflows Int: refuse it before multiplying.
        let (total, overflow) = rowBytes.multipliedReportingOverflow(by: height)
        guard !overflow, total <= decodedLimit, dataOffset + total <= bytes.count else { return nil }
        let pixel = bytes[dataOffset..<(dataOffset + pixelBytes)]
        for row in 0..<height {
            let start = dataOffset + row * rowBytes
            for index in stride(from: start, to: start + width * pixelBytes, by: pixelBytes)
            where !bytes[index..<(index + pixelBytes)].elementsEqual(pixel) {
                return false
            }
        }
        return true
    }
}
