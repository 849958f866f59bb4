import Mustache

/// A value's fields, read with `Mirror` once, for Mustache to look up by name.
///
/// Mustache reads a plain struct's field by building a `Mirror` of all its fields on every
/// lookup, and a name that a table row lacks climbs to the report model (some 70 fields) each
/// time: that was most of the cost of a report. The report model, the structs it holds and the
/// rows of its arrays are read once here (the rows were still a third of rendering a case with a
/// 2,500-session capture). A report's outputs of one language share one reading of its model
/// (`replacing`), so the model is read once per language, not once per template.
struct TemplateFields: MustacheParent {
    private var fields: [String: Any]

    /// Fields given by name, each read once in turn.
    init(named fields: [String: Any]) {
        self.fields = fields.mapValues(Self.wrapped)
    }

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let field = Self.unwrapped(child.value) else { continue }
            fields[label] = Self.wrapped(field)
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// The same fields with `name` read from `value` instead.
    func replacing(_ name: String, with value: Any) -> TemplateFields {
        var copy = self
        copy.fields[name] = Self.wrapped(value)
        return copy
    }

    /// A struct of fields is read once in turn, and so is each element of an array; anything that
    /// renders itself, a string, number or Boolean stays as it is.
    static func wrapped(_ value: Any) -> Any {
        // Most fields are text, numbers and flags: told apart by one cast, not four and a Mirror.
        if value is String || value is Int || value is Bool { return value }
        if value is MustacheParent || value is MustacheCustomRenderable || value is MustacheCustomRepresentation
            || value is MustacheLambda
        {
            return value
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct: return TemplateFields(value)
        case .collection where value is any MustacheSequence: return mirror.children.map { wrapped($0.value) }
        default: return value
        }
    }

    /// The value an optional holds, or nil; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
