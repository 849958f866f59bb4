/// Tells event logs apart by their first bytes, for the file recognizer.
public enum EventLogSignature {
    /// How many leading bytes the checks need.
    public static let prefixLength = 8

    /// Whether the bytes start a Vista-or-later .evtx file: "ElfFile\0" at offset 0 [EVTX file header 0:8].
    public static func isEvtx(_ prefix: some Collection<UInt8>) -> Bool {
        Array(prefix.prefix(8)) == Array("ElfFile\0".utf8)
    }

    /// Whether the bytes start a legacy .evt file: header size 0x30 then "LfLe" at offset 4 [EVT].
    public static func isEvt(_ prefix: some Collection<UInt8>) -> Bool {
        Array(prefix.prefix(8)) == [0x30, 0, 0, 0, 0x4C, 0x66, 0x4C, 0x65]
    }
}
