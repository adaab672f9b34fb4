/// Every key `.lockstep.toml` accepts. docs/configuration.md lists the same keys
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
        ConfigKey(section: "version", name: "source", defaultValue: "\"backend/Cargo.toml\"",
                  summary: "the source of truth: a Cargo.toml (`[package].version` or `[workspace.package].version`)") { config, value throws(ConfigError) in
            config.version.source = try value.relativePath()
        },
        ConfigKey(section: "version", name: "mirrors", defaultValue: "[\"frontend/package.json\", \"frontend/package-lock.json\", \"backend/Cargo.lock\", \"Cargo.lock\"]",
                  summary: "files that must carry the same version, checked when present (package.json, package-lock.json, Cargo.lock, Cargo.toml)") { config, value throws(ConfigError) in
            config.version.mirrors = try value.relativePaths()
        },
        ConfigKey(section: "version", name: "patterns", defaultValue: "[]",
                  summary: "other files naming the version, e.g. `[{ path = \"deploy/compose.yml\", pattern = \"koprogo/api:{version}\" }]`") { config, value throws(ConfigError) in
            config.version.patterns = try value.versionPatterns()
        },
        ConfigKey(section: "version", name: "tag-prefix", defaultValue: "\"v\"",
                  summary: "release tags are this prefix and the version") { config, value throws(ConfigError) in
            config.version.tagPrefix = try value.string()
        },
        ConfigKey(section: "changelog", name: "path", defaultValue: "\"CHANGELOG.md\"",
                  summary: "the Keep a Changelog file") { config, value throws(ConfigError) in
            config.changelog.path = try value.relativePath()
        },
        ConfigKey(section: "changelog", name: "extra-sections", defaultValue: "[]",
                  summary: "other `## ` headings allowed, as written after `## `, e.g. `[\"Notes\", \"Migration guide\"]`; their content is not checked") { config, value throws(ConfigError) in
            config.changelog.extraSections = try value.strings()
        },
        ConfigKey(section: "changelog", name: "extra-categories", defaultValue: "[]",
                  summary: "`### ` categories allowed besides Added, Changed, Deprecated, Removed, Fixed and Security") { config, value throws(ConfigError) in
            config.changelog.extraCategories = try value.strings()
        },
        ConfigKey(section: "changelog", name: "category-suffixes", defaultValue: "false",
                  summary: "accept a category followed by a space and a qualifier, e.g. `### Added (backend)` as Added") { config, value throws(ConfigError) in
            config.changelog.categorySuffixes = try value.bool()
        },
        ConfigKey(section: "changelog", name: "section-summaries", defaultValue: "false",
                  summary: "allow text (a summary) between a section heading and its first `### ` category") { config, value throws(ConfigError) in
            config.changelog.sectionSummaries = try value.bool()
        },
        ConfigKey(section: "migration", name: "path", defaultValue: "\"backend/migrations\"",
                  summary: "folder of sqlx migrations; each new `.up.sql` needs its `.down.sql`") { config, value throws(ConfigError) in
            config.migration.path = try value.relativePath()
        },
        ConfigKey(section: "branch", name: "main", defaultValue: "\"main\"",
                  summary: "the branch releases are merged into and hotfixes start from") { config, value throws(ConfigError) in
            config.branch.main = try value.branchName()
        },
        ConfigKey(section: "branch", name: "develop", defaultValue: "\"develop\"",
                  summary: "the integration branch (koprogo: `\"dev\"`); a hotfix carries none of its commits that main lacks") { config, value throws(ConfigError) in
            config.branch.develop = try value.branchName()
        },
        ConfigKey(section: "branch", name: "prefixes", defaultValue: "any name",
                  summary: "allowed prefixes of other branches, e.g. `[\"feature/\", \"fix/\", \"refactor/\", \"docs/\", \"chore/\"]`; main, develop, `release/` and `hotfix/` are always allowed") { config, value throws(ConfigError) in
            config.branch.prefixes = try value.strings()
        },
        ConfigKey(section: "branch", name: "names", defaultValue: "[]",
                  summary: "other whole branch names allowed when `branch.prefixes` is set, e.g. `[\"production\", \"staging\"]`") { config, value throws(ConfigError) in
            config.branch.names = try value.strings()
        },
        ConfigKey(section: "tag", name: "zero-major-breaking", defaultValue: "\"major\"",
                  summary: "what a breaking change bumps while the major is 0: `\"major\"` (0.3.0 → 1.0.0) or `\"minor\"` (the 0.x convention: 0.3.0 → 0.4.0)") { config, value throws(ConfigError) in
            config.tag.zeroMajorBreaking = try value.zeroMajorBump()
        },
    ]

    static var sections: [String] {
        keys.reduce(into: []) { sections, key in if !sections.contains(key.section) { sections.append(key.section) } }
    }

    /// docs/configuration.md's table, one row per key (a test keeps the page equal to it).
    package static var markdownTable: String {
        "| key | default | meaning |\n|---|---|---|\n" + reference.map { key in
            let shown = key.defaultValue.contains(" ") && !key.defaultValue.hasPrefix("[") ? key.defaultValue : "`\(key.defaultValue)`"
            return "| `\(key.path)` | \(shown) | \(key.summary) |\n"
        }.joined() + "| `rules.\"<id>\"` | the rule's own | `\"error\"`, `\"warning\"` or `\"off\"` for that rule |\n"
    }

    /// `(key path, default, summary)` for docs/configuration.md and `lockstep explain`.
    package static var reference: [(path: String, defaultValue: String, summary: String)] {
        keys.map { ($0.path, $0.defaultValue, $0.summary) }
    }
}
