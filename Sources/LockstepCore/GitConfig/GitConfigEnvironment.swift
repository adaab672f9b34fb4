/// Configuration passed through the environment: `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_<n>`/
/// `GIT_CONFIG_VALUE_<n>`, then `GIT_CONFIG_PARAMETERS` (what `git -c key=value` exports to hooks).
/// Both override every file. libgit2 reads neither, so both readers use this.
package enum GitConfigEnvironment {
    package static func entries(_ environment: (String) -> String?) -> GitConfigFile {
        var entries: [(key: String, value: String?)] = []
        if let count = environment("GIT_CONFIG_COUNT").flatMap({ Int($0) }), count > 0 {
            for index in 0..<min(count, 10_000) {
                guard let key = environment("GIT_CONFIG_KEY_\(index)") else { break }
                entries.append((canonical(key), environment("GIT_CONFIG_VALUE_\(index)") ?? ""))
            }
        }
        if let parameters = environment("GIT_CONFIG_PARAMETERS") {
            entries += parse(parameters)
        }
        return GitConfigFile(entries: entries)
    }

    /// `'core.commentchar'=';' 'commit.cleanup'='scissors'`: shell single-quoted words, in the new
    /// `'key'='value'` form or the old `'key=value'` form (config.c `parse_config_env_list`).
    static func parse(_ text: String) -> [(key: String, value: String?)] {
        var entries: [(key: String, value: String?)] = []
        var characters = Substring(text)
        while true {
            characters = characters.drop(while: { $0 == " " })
            guard !characters.isEmpty, let key = singleQuoted(&characters) else { break }
            if characters.first == "=" {
                characters = characters.dropFirst()
                entries.append((canonical(key), singleQuoted(&characters) ?? ""))
            } else if let equals = key.firstIndex(of: "=") {
                entries.append((canonical(String(key[..<equals])), String(key[key.index(after: equals)...])))
            } else {
                entries.append((canonical(key), nil))
            }
        }
        return entries
    }

    /// One `'…'` word, where `'\''` stands for a quote (quote.c `sq_dequote`).
    private static func singleQuoted(_ characters: inout Substring) -> String? {
        guard characters.first == "'" else { return nil }
        characters = characters.dropFirst()
        var word = ""
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "'" {
                guard characters.hasPrefix("\\''") else { return word }
                word.append("'")
                characters = characters.dropFirst(3)
            } else {
                word.append(character)
            }
        }
        return nil
    }

    /// Section and variable names are case-insensitive; a subsection keeps its case.
    static func canonical(_ key: String) -> String {
        guard let first = key.firstIndex(of: "."), let last = key.lastIndex(of: ".") else { return key.lowercased() }
        return key[..<first].lowercased() + key[first..<last] + key[last...].lowercased()
    }
}
