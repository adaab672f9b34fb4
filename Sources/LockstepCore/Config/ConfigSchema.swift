/// Every key `.lockstep.toml` accepts. The README's configuration reference lists the same keys
/// (a test compares them), so a key is documented where it is defined.
struct ConfigKey: Sendable {
    let section: String
    let name: String
    let defaultValue: String
    let summary: String
    let apply: @Sendable (inout Config, ConfigValue) throws(ConfigError) -> Void

    var path: String { "\(section).\(name)" }
}

package enum ConfigSchema {
    static let keys: [ConfigKey] = [
        ConfigKey(section: "commit", name: "types", defaultValue: "[\"build\", \"chore\", \"ci\", \"docs\", \"feat\", \"fix\", \"perf\", \"refactor\", \"revert\", \"style\", \"test\"]",
                  summary: "allowed commit types, compared in lower case") { config, value throws(ConfigError) in
            config.commit.types = try value.strings().map { $0.lowercased() }
        },
        ConfigKey(section: "commit", name: "scopes", defaultValue: "any scope",
                  summary: "allowed scopes; each name of a `a,b` list must be one of them") { config, value throws(ConfigError) in
            config.commit.scopes = try value.strings()
        },
        ConfigKey(section: "commit", name: "header-max-length", defaultValue: "100",
                  summary: "longest header, in characters") { config, value throws(ConfigError) in
            config.commit.headerMaxLength = try value.positiveInteger()
        },
        ConfigKey(section: "commit", name: "require-scope", defaultValue: "false",
                  summary: "every header names a scope") { config, value throws(ConfigError) in
            config.commit.requireScope = try value.bool()
        },
        ConfigKey(section: "commit", name: "require-signoff", defaultValue: "false",
                  summary: "every message carries a `Signed-off-by:` trailer (DCO)") { config, value throws(ConfigError) in
            config.commit.requireSignoff = try value.bool()
        },
    ]

    static var sections: [String] {
        keys.reduce(into: []) { sections, key in if !sections.contains(key.section) { sections.append(key.section) } }
    }

    /// `(key path, default, summary)` for the README and `lockstep explain`.
    package static var reference: [(path: String, defaultValue: String, summary: String)] {
        keys.map { ($0.path, $0.defaultValue, $0.summary) }
    }
}
