import Foundation
import Yams

/// A checklist file that cannot be used, with the line to look at.
public struct ChecklistError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let reason: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
    }
}

/// Reads a checklist YAML file into a `Checklist`, reporting the first problem with its line.
public enum ChecklistLoader {
    public static func load(contentsOf url: URL) throws -> Checklist {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ChecklistError(file: url.path, line: nil, reason: "cannot be read as UTF-8 text")
        }
        return try load(yaml: text, file: url.path)
    }

    public static func load(yaml: String, file: String = "checklist") throws -> Checklist {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ChecklistError(file: file, line: nil, reason: "the file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw ChecklistError(file: file, line: Self.line(of: error), reason: "not valid YAML: \(error)")
        }
        return try ChecklistReader(file: file).checklist(root)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }
}
