import Foundation

/// One entry as python's zipfile module sees it: an independent reader of our zips.
struct PythonZipEntry: Decodable, Equatable {
    var nameHex: String
    var flags: Int
    var method: Int
    var size: Int
    var crc: UInt32
    var dateTime: [Int]
    var mode: Int
    var isDirectory: Bool
    /// Length and SHA-256 of the data zipfile extracts, or the error it raised.
    var data: String
}

enum PythonZip {
    /// Lists every entry and reads its data with the optional password.
    static let program = """
        import hashlib, json, sys, zipfile
        pwd = sys.argv[2].encode() if len(sys.argv) > 2 else None
        out = []
        with zipfile.ZipFile(sys.argv[1]) as z:
            for i in z.infolist():
                raw = i.orig_filename.encode('utf-8' if i.flag_bits & 0x800 else 'cp437')
                try:
                    h, n = hashlib.sha256(), 0
                    with z.open(i, pwd=pwd) as f:
                        while True:
                            b = f.read(1 << 20)
                            if not b: break
                            h.update(b); n += len(b)
                    data = '%d %s' % (n, h.hexdigest())
                except Exception as e:
                    data = type(e).__name__
                out.append(dict(nameHex=raw.hex(), flags=i.flag_bits, method=i.compress_type, size=i.file_size,
                                crc=i.CRC, dateTime=list(i.date_time), mode=i.external_attr >> 16,
                                isDirectory=i.is_dir(), data=data))
        print(json.dumps(out))
        """

    static func entries(_ archive: [UInt8], password: String? = nil) throws -> [PythonZipEntry] {
        let scratch = try Scratch()
        return try entries(atPath: scratch.write(archive, as: "archive.zip"), password: password)
    }

    static func entries(atPath path: String, password: String? = nil) throws -> [PythonZipEntry] {
        let json = try ReferenceTools.python(program, [path] + (password.map { [$0] } ?? []))
        return try JSONDecoder().decode([PythonZipEntry].self, from: Data(json.utf8))
    }
}

extension Array where Element == UInt8 {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
