/// The `git -c name=value` settings a hook inherits: git passes them down in
/// `GIT_CONFIG_PARAMETERS` (and `git --config-env`/`GIT_CONFIG_COUNT` in `GIT_CONFIG_KEY_<n>`),
/// and they win over every configuration file. libgit2 does not read them.
struct CommandLineConfig {
    /// Canonical name (see `canonicalName`) and value, in the order git applies them; nil
    /// stands for a name given without `=` (a boolean true).
    private(set) var entries: [(name: String, value: String?)] = []

    init(_ environment: [String: String]) {
        // git_config_from_parameters: GIT_CONFIG_COUNT first, then GIT_CONFIG_PARAMETERS.
        if let count = environment["GIT_CONFIG_COUNT"].flatMap({ Int($0) }), count > 0 {
            for index in 0..<count {
                guard let name = environment["GIT_CONFIG_KEY_\(index)"], !name.isEmpty else { break }
                entries.append((Self.canonicalName(name), environment["GIT_CONFIG_VALUE_\(index)"] ?? ""))
            }
        }
        if let parameters = environment["GIT_CONFIG_PARAMETERS"] {
            entries += Self.parse(parameters)
        }
    }

    /// The last value set for `name`: `.some(nil)` when set without a value, nil when not set.
    func value(for name: String) -> String?? {
        let name = Self.canonicalName(name)
        guard let entry = entries.last(where: { $0.name == name }) else { return nil }
        return .some(entry.value)
    }

    /// git's key canonical form: section and variable lower-cased, subsection kept as written.
    static func canonicalName(_ name: String) -> String {
        guard let firstDot = name.firstIndex(of: "."), let lastDot = name.lastIndex(of: ".") else {
            return name.lowercased()
        }
        let section = name[..<firstDot].lowercased()
        let variable = name[name.index(after: lastDot)...].lowercased()
        guard firstDot != lastDot else { return section + "." + variable }
        return section + String(name[firstDot..<lastDot]) + "." + variable
    }

    /// Parses git's shell-quoted list: `'name'='value'` (git ≥ 2.31), `'name=value'` (older),
    /// or `'name'` alone; `'\''` and `'\!'` stand for a quote and an exclamation mark.
    static func parse(_ text: String) -> [(name: String, value: String?)] {
        var result: [(name: String, value: String?)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard !rest.isEmpty, let name = dequote(&rest) else { break }
            var value: String?
            if rest.first == "=" {
                rest = rest.dropFirst()
                value = rest.first == "'" ? dequote(&rest) : ""
            } else if let equals = name.firstIndex(of: "=") {
                result.append((canonicalName(String(name[..<equals])), String(name[name.index(after: equals)...])))
                continue
            }
            result.append((canonicalName(name), value))
        }
        return result
    }

    /// Reads one single-quoted word (git's sq_dequote_step); nil when the text is not quoted.
    private static func dequote(_ rest: inout Substring) -> String? {
        guard rest.first == "'" else { return nil }
        rest = rest.dropFirst()
        var word = ""
        while let character = rest.popFirst() {
            guard character == "'" else {
                word.append(character)
                continue
            }
            // A closing quote, unless it is git's `'\X'` escape for a quote or '!'.
            let escape = rest.prefix(3)
            if escape.count == 3, escape.first == "\\", escape.last == "'",
               let escaped = escape.dropFirst().first, escaped == "'" || escaped == "!" {
                word.append(escaped)
                rest = rest.dropFirst(3)
                continue
            }
            return word
        }
        return word
    }
}
