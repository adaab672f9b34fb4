struct Category: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/category",
        summary: "`###` categories are Added, Changed, Deprecated, Removed, Fixed or Security",
        rationale: """
            RELEASE_PROCESS.md step 3 groups changes under `### Added`, `### Changed`, `### Fixed` and \
            `### Security`; Keep a Changelog 1.1.0 adds Deprecated and Removed. Fixed names let readers \
            find breaking changes and security fixes at a glance. Existing changelogs can allow more \
            names (`changelog.extra-categories`) or qualified ones such as `### Added (backend)` \
            (`changelog.category-suffixes`).
            """,
        configKeys: ["changelog.path", "changelog.extra-categories", "changelog.category-suffixes"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ### Added
                      - Nouvelle fonctionnalité X (#123)
                      ### Changed
                      ### Deprecated
                      ### Removed
                      ### Fixed
                      ### Security
                      """),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n### Added (backend)\r\n- X\r\n### Performance\r\n- Y\r\n",
                          config: "[changelog]\ncategory-suffixes = true\nextra-categories = [\"Performance\"]"),
                  Example("-- CHANGELOG.md --\n## Notes\n### Anything\n", config: "[changelog]\nextra-sections = [\"Notes\"]"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### ↓Fixes\n- X\n### ↓Bug fixes\n- Y\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\n\n↓### Added\n- X\n\n## [Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\nIntro.\n  ↓### Fixed\n- Y\n## [1.0.0] - 2025-01-01\n### Added\n- Z\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n### ↓added\r\n### ↓Ajouté\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### ↓Added (backend)\n- X\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### ↓Added(backend)\n- X\n### ↓Docs (site)\n- Y\n",
                          config: "[changelog]\ncategory-suffixes = true")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        let allowed = keepAChangelogCategories + config.changelog.extraCategories
        var found: [Diagnostic] = []
        // A category above the first `## ` belongs to no release: its entries are in no version's notes.
        for line in changelog.preamble {
            let indent = line.contentColumn - 1
            guard indent <= 3, let heading = ChangelogMarkdown.heading(line.text.dropFirst(indent), indent: indent),
                  heading.level == 3 else { continue }
            let name = String(heading.text)
            found.append(Diagnostic(Self.info, "`### \(name)` stands before any release or Unreleased section: it belongs to no version",
                                    fix: "move it and its entries under `## [Unreleased]` (or the release they belong to)",
                                    at: line, column: indent + 1, width: line.text.count - indent, config: config))
        }
        for section in changelog.sections where section.kind(config.changelog).holdsCategories {
            for category in section.categories where !Self.isAllowed(category.name, allowed, config: config.changelog) {
                let (fix, name) = Self.fix(for: category.name, allowed, config: config.changelog)
                var diagnostic = Diagnostic(Self.info, "`\(category.name)` is not a Keep a Changelog category", fix: fix,
                                            at: category.line, column: category.nameColumn, width: category.name.count, config: config)
                // The heading line with the name the fix gives, its indentation and `###` kept.
                diagnostic.replacement = name.map { String(category.line.text.prefix(category.nameColumn - 1)) + $0 }
                found.append(diagnostic)
            }
        }
        return found
    }

    static func isAllowed(_ name: String, _ allowed: [String], config: ChangelogConfig) -> Bool {
        allowed.contains(name) || config.categorySuffixes && allowed.contains { name.hasPrefix($0 + " ") }
    }

    private static let synonyms = ["fixes": "Fixed", "bug fixes": "Fixed", "bugfixes": "Fixed", "bugs": "Fixed",
                                   "new": "Added", "features": "Added", "new features": "Added", "changes": "Changed",
                                   "improvements": "Changed", "breaking changes": "Changed", "removals": "Removed",
                                   "deprecations": "Deprecated", "security fixes": "Security",
                                   "ajouté": "Added", "ajouts": "Added", "modifié": "Changed", "corrigé": "Fixed",
                                   "corrections": "Fixed", "supprimé": "Removed", "sécurité": "Security", "obsolète": "Deprecated"]

    /// The fix, and the category name to write when the fix is that name alone (not when the
    /// qualifier has to move into the entries).
    private static func fix(for name: String, _ allowed: [String], config: ChangelogConfig) -> (String, String?) {
        let list = allowed.joined(separator: ", ")
        let base = config.categorySuffixes ? String(name.prefix { $0 != " " && $0 != "(" }) : name
        let closest = synonyms[base.lowercased()] ?? allowed.first { $0.lowercased() == base.lowercased() }
            ?? Suggestion.closest(to: base, in: allowed)
        if config.categorySuffixes, allowed.contains(base) {
            let spaced = base + " " + name.dropFirst(base.count).drop { $0 == " " }
            return ("put a space between `\(base)` and its qualifier: `### \(spaced)`", spaced)
        }
        if !config.categorySuffixes, let known = allowed.first(where: { name.hasPrefix($0 + " ") }) {
            return ("write `### \(known)` and put the qualifier in the entries, or set `category-suffixes = true` under [changelog]", nil)
        }
        return ((closest.map { "write `### \($0)`; categories are " } ?? "use one of ") + list
            + ", or allow it with `extra-categories` under [changelog]", closest)
    }
}
