import Mustache

/// A value's fields, read with `Mirror` once, for Mustache to look up by name.
///
/// Mustache reads a plain struct's field by building a `Mirror` of all its fields on every
/// lookup, and a name that a table row lacks climbs to the report model (some 70 fields) each
/// time: that was most of the cost of a report. The report model and the structs it holds are
/// read once here; arrays keep their elements (small rows) as they are.
struct TemplateFields: MustacheParent {
    private let fields: [String: Any]

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let field = Self.unwrapped(child.value) else { continue }
            fields[label] = Self.wrapped(field)
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// A struct of fields is read once in turn; anything that renders itself, a sequence, a
    /// string, number or Boolean stays as it is.
    static func wrapped(_ value: Any) -> Any {
        if value is MustacheParent || value is MustacheCustomRenderable || value is MustacheCustomRepresentation
            || value is MustacheLambda
        {
            return value
        }
        return Mirror(reflecting: value).displayStyle == .struct ? TemplateFields(value) : value
    }

    /// The value an optional holds, or nil; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
