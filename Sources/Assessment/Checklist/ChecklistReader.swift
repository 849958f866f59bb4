import Yams

/// Walks the composed YAML tree of a checklist so every error can name its line.
struct ChecklistReader {
    let file: String

    func checklist(_ root: Node) throws -> Checklist {
        let items = try sequence(root, "items").map(item)
        guard !items.isEmpty else { throw error(root, "the checklist has no items") }
        let numbers = items.map(\.number)
        guard Set(numbers).count == numbers.count else { throw error(root, "two items have the same number") }
        var symptoms: [Symptom: LocalizedText] = [:]
        var symptomWords: [Symptom: [String]] = [:]
        if let node = root["symptoms"] {
            guard let mapping = node.mapping else { throw error(node, "`symptoms` must map symptom names to texts") }
            for (key, value) in mapping {
                guard let name = key.string, let symptom = Symptom(rawValue: name), symptom != .unknown else {
                    throw error(key, "unknown symptom `\(key.string ?? "")` (use not-sent, garbled or other)")
                }
                symptoms[symptom] = try localized(value)
                if let words = value["words"] { symptomWords[symptom] = try strings(words) }
            }
        }
        let fields = try (root["hearingFields"].map { try sequenceNode($0, "hearingFields") } ?? []).map(hearingField)
        let fieldIDs = Set(fields.map(\.id))
        for item in items {
            for id in item.hearingFieldIDs where !fieldIDs.contains(id) {
                throw error(root, "item \(item.number) names the hearing field `\(id)`, which `hearingFields` lacks")
            }
        }
        return Checklist(
            id: try string(root, "id"), title: try localized(root, "title"),
            product: try localized(root, "product"), problem: try localized(root, "problem"),
            symptoms: symptoms, symptomWords: symptomWords,
            eventSources: try root["eventSources"].map { try strings($0) } ?? [],
            hearingFields: fields, items: items.sorted { $0.number < $1.number })
    }

    private func item(_ node: Node) throws -> ChecklistItem {
        let checkName = try string(node, "check")
        guard let check = CheckName(rawValue: checkName) else {
            let known = CheckName.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node["check"] ?? node, "unknown check `\(checkName)`; known checks: \(known)")
        }
        let kinds = try (node["evidence"].map { try strings($0) } ?? []).map { name -> EvidenceKind in
            guard let kind = EvidenceKind(rawValue: name) else {
                throw error(node["evidence"] ?? node, "unknown evidence kind `\(name)`")
            }
            return kind
        }
        let questions = try (node["questions"].map { try sequenceNode($0, "questions") } ?? []).map { question in
            HearingQuestion(
                id: try string(question, "id"), text: try localized(question),
                brief: try question["brief"].map { try localized($0) })
        }
        let informationChecks: Set<CheckName> = [
            .hearingAnswers, .versions, .mailServer, .mailServerAddress, .timeline,
        ]
        var asks: ChecklistItem.Asks = informationChecks.contains(check) ? .information : .material
        if let value = node["asks"] {
            guard let name = value.string, let given = ChecklistItem.Asks(rawValue: name) else {
                throw error(value, "`asks` must be `information` or `material`")
            }
            asks = given
        }
        return ChecklistItem(
            number: try int(node, "number"), id: try string(node, "id"), title: try localized(node, "title"),
            applicability: try applicability(node), check: check, evidenceKinds: kinds,
            hearingFieldIDs: try node["hearingFields"].map { try strings($0) } ?? [],
            request: try node["request"].map { try localized($0) } ?? LocalizedText(""), questions: questions,
            asks: asks,
            ask: try node["ask"].map { try localized($0) }, askAgain: try node["askAgain"].map { try localized($0) })
    }

    private func hearingField(_ node: Node) throws -> HearingField {
        let shapeName = try string(node, "shape")
        guard let shape = HearingField.Shape(rawValue: shapeName) else {
            throw error(node["shape"] ?? node, "unknown field shape `\(shapeName)`")
        }
        return HearingField(
            id: try string(node, "id"), itemNumber: try int(node, "item"), shape: shape, label: try localized(node),
            multiline: node["multiline"]?.bool ?? false)
    }

    private func applicability(_ node: Node) throws -> Applicability {
        guard let applies = node["applies"] else { return .always }
        if applies.string == "always" { return .always }
        guard let list = applies["symptoms"] else {
            throw error(applies, "`applies` must be `always` or `symptoms: [...]`")
        }
        let symptoms = try strings(list).map { name -> Symptom in
            guard let symptom = Symptom(rawValue: name), symptom != .unknown else {
                throw error(list, "unknown symptom `\(name)`")
            }
            return symptom
        }
        return .symptoms(Set(symptoms))
    }

    // MARK: Reading nodes

    private func string(_ node: Node, _ key: String) throws -> String {
        guard let value = node[key] else { throw error(node, "missing `\(key)`") }
        guard let text = value.string, !text.isEmpty else { throw error(value, "`\(key)` must be text") }
        return text
    }

    private func int(_ node: Node, _ key: String) throws -> Int {
        guard let value = node[key] else { throw error(node, "missing `\(key)`") }
        guard let number = value.int else { throw error(value, "`\(key)` must be a whole number") }
        return number
    }

    private func localized(_ node: Node, _ key: String) throws -> LocalizedText {
        guard let value = node[key] else { throw error(node, "missing `\(key)`") }
        return try localized(value)
    }

    /// A node with `ja` and `en` texts.
    private func localized(_ node: Node) throws -> LocalizedText {
        LocalizedText(ja: try string(node, "ja"), en: try string(node, "en"))
    }

    private func strings(_ node: Node) throws -> [String] {
        try sequenceNode(node, "list").map { element in
            guard let text = element.string else { throw error(element, "expected text") }
            return text
        }
    }

    private func sequence(_ node: Node, _ key: String) throws -> [Node] {
        guard let value = node[key] else { throw error(node, "missing `\(key)`") }
        return try sequenceNode(value, key)
    }

    private func sequenceNode(_ node: Node, _ name: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw error(node, "`\(name)` must be a list") }
        return Array(sequence)
    }

    private func error(_ node: Node, _ reason: String) -> ChecklistError {
        ChecklistError(file: file, line: node.mark.map { $0.line }, reason: reason)
    }
}
