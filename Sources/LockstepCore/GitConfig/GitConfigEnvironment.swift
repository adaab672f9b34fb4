/// Configuration passed through the environment: `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_<n>`/
/// `GIT_CONFIG_VALUE_<n>`, then `GIT_CONFIG_PARAMETERS` (what `git -c key=value` exports to hooks).
/// Both override every file. libgit2 reads neither, so both readers use this.
package enum GitConfigEnvironment {
    package static func entries(_ environment: (String) -> String?) -> GitConfigFile {
        // git_config_from_parameters: GIT_CONFIG_COUNT first, then GIT_CONFIG_PARAMETERS.
        var entries: [(key: String, value: String?)] = []
        if let count = environment("GIT_CONFIG_COUNT").flatMap({ Int($0) }), count > 0 {
            for index in 0..<min(count, 10_000) {
                guard let key = environment("GIT_CONFIG_KEY_\(index)"), !key.isEmpty else { break }
                entries.append((canonical(key), environment("GIT_CONFIG_VALUE_\(index)") ?? ""))
            }
        }
        if let parameters = environment("GIT_CONFIG_PARAMETERS") {
            entries += parse(parameters)
        }
        return GitConfigFile(entries: entries)
    }

    /// git's shell-quoted list (config.c `parse_config_env_list`): `'name'='value'` (git ≥ 2.31),
    /// `'name=value'` (older), or `'name'` alone (a boolean true); `'\''` and `'\!'` stand for a
    /// quote and an exclamation mark.
    package static func parse(_ text: String) -> [(key: String, value: String?)] {
        var result: [(key: String, value: String?)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard !rest.isEmpty, let name = dequote(&rest) else { break }
            var value: String?
            if rest.first == "=" {
                rest = rest.dropFirst()
                value = rest.first == "'" ? dequote(&rest) : ""
            } else if let equals = name.firstIndex(of: "=") {
                result.append((canonical(String(name[..<equals])), String(name[name.index(after: equals)...])))
                continue
            }
            result.append((canonical(name), value))
        }
        return result
    }

    /// One single-quoted word (quote.c `sq_dequote_step`); nil when the text is not quoted.
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

    /// Section and variable names are case-insensitive; a subsection keeps its case.
    package static func canonical(_ key: String) -> String {
        guard let first = key.firstIndex(of: "."), let last = key.lastIndex(of: ".") else { return key.lowercased() }
        return key[..<first].lowercased() + key[first..<last] + key[last...].lowercased()
    }
}
