/// Traditional PKWARE encryption ("ZipCrypto", APPNOTE 6.1): a stream cipher driven by
/// three 32-bit keys that the password initialises and every plaintext byte updates.
/// Weak by design; fixtures use it because Windows Explorer and libarchive both read it.
struct ZipCrypto {
    private var key0: UInt32 = 0x1234_5678  // [APPNOTE 6.1.5] initial keys
    private var key1: UInt32 = 0x2345_6789
    private var key2: UInt32 = 0x3456_7890

    init(password: [UInt8]) {
        for byte in password { update(with: byte) }
    }

    /// The 12-byte encryption header (APPNOTE 6.1.6): 11 random bytes, then a check byte
    /// readers compare after decrypting to reject a wrong password.
    mutating func header(random: inout FixtureRandom, checkByte: UInt8) -> [UInt8] {
        encrypt(random.bytes(11) + [checkByte])
    }

    mutating func encrypt(_ plain: [UInt8]) -> [UInt8] {
        var cipher = plain
        for index in cipher.indices {
            let byte = plain[index]
            cipher[index] = byte ^ keystreamByte()
            update(with: byte)
        }
        return cipher
    }

    private func keystreamByte() -> UInt8 {
        let temp = (key2 | 2) & 0xFFFF  // [APPNOTE 6.1.5] decrypt_byte
        return UInt8(truncatingIfNeeded: (temp &* (temp ^ 1)) >> 8)
    }

    private mutating func update(with byte: UInt8) {
        key0 = RunningCRC32.step(key0, byte)
        key1 = (key1 &+ (key0 & 0xFF)) &* 134_775_813 &+ 1
        key2 = RunningCRC32.step(key2, UInt8(truncatingIfNeeded: key1 >> 24))
    }
}
