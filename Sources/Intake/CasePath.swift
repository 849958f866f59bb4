/// Where a received file sits in the case: the input it came in, then one path per archive
/// layer. Written `outer.zip!/dir/inner.zip!/file`, as in DESIGN.md's contract.
public struct CasePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The input's name (``IntakeWalker`` names inputs without their folders), then each entry
    /// path inside an archive.
    public private(set) var layers: [String]
    /// Folders of the input's own path (`/srv/received/` of `/srv/received/case.zip`): where the
    /// engineer stored the case says nothing about its files.
    private var inputFolders = 0

    /// A path naming one input; folders in `input` are kept but are no name hint.
    public init(input: String) {
        layers = [input]
        inputFolders = max(0, input.split(separator: "/").count - 1)
    }

    init(layers: [String], inputFolders: Int = 0) {
        self.layers = layers
        self.inputFolders = inputFolders
    }

    /// The path of `name` inside the archive this path names.
    public func entry(_ name: String) -> CasePath {
        CasePath(layers: layers + [name], inputFolders: inputFolders)
    }

    /// The path of `name` inside the folder this path names (same layer).
    func child(_ name: String) -> CasePath {
        var copy = layers
        copy[copy.count - 1] =
            copy[copy.count - 1].hasSuffix("/")
            ? copy[copy.count - 1] + name
            : copy[copy.count - 1] + "/" + name
        return CasePath(layers: copy, inputFolders: inputFolders)
    }

    /// The last path component: the file name a person would recognise.
    public var fileName: String {
        let last = layers[layers.count - 1]
        let trimmed = last.hasSuffix("/") ? String(last.dropLast()) : last
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every "/" byte is a "/" character (recognition asks for every file's name).
            return trimmed.utf8.lastIndex(of: 0x2F).map { String(trimmed[trimmed.utf8.index(after: $0)...]) } ?? trimmed
        }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    /// Every folder and archive name above the file inside the case, for recognition by name
    /// (`イベントログ/System.evtx`); the folders the input itself sits in are left out.
    public var folderNames: [String] {
        var names: [String] = []
        for (index, layer) in layers.enumerated() {
            var parts = Self.folderParts(layer)
            if index == 0 { parts = Array(parts.dropFirst(inputFolders)) }
            if index == layers.count - 1 { parts = Array(parts.dropLast()) }
            names += parts
        }
        return names
    }

    /// `layer.split(separator: "/").map(String.init)`, on bytes when the layer is ASCII (then every
    /// "/" byte is a "/" character).
    private static func folderParts(_ layer: String) -> [String] {
        guard layer.utf8.allSatisfy({ $0 < 0x80 }) else { return layer.split(separator: "/").map(String.init) }
        return layer.utf8.split(separator: 0x2F).map { String(layer[$0.startIndex..<$0.endIndex]) }
    }

    /// How many archives the file is inside of.
    public var depth: Int { layers.count - 1 }

    public var description: String { layers.joined(separator: "!/") }

    public static func < (lhs: CasePath, rhs: CasePath) -> Bool {
        lhs.layers.lexicographicallyPrecedes(rhs.layers)
    }
}
