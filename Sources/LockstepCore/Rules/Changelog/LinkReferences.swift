struct LinkReferences: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/link-references",
        summary: "once versions are linked, every version heading has a `[X.Y.Z]: URL` definition and every definition a heading",
        rationale: """
            Keep a Changelog 1.1.0 links each version to its diff (`[1.2.0]: …/compare/v1.1.0...v1.2.0`) \
            at the end of the file. A changelog that does so must do it for every release: a heading \
            without its definition renders as plain `[1.2.0]` on GitHub (RELEASE_PROCESS.md step 6), and a \
            definition for a version with no section is left over from an edit. A second definition of the \
            same label is dead: Markdown uses the first. A file without version links passes.
            """,
        configKeys: ["changelog.path", "changelog.extra-sections"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - Voir [la doc][docs]

                      [unreleased]: https://github.com/gilmry/koprogo/compare/v1.2.0...HEAD
                      [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0
                      [docs]: https://docs.koprogo.com
                      """),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## [1.2.0] - 2025-11-10\r\n### Added\r\n- X\r\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [↓1.2.0] - 2025-11-10
                      ## [1.1.0] - 2025-10-01

                      [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.1.0...HEAD
                      [1.1.0]: https://github.com/gilmry/koprogo/releases/tag/v1.1.0
                      [↓1.0.9]: https://github.com/gilmry/koprogo/releases/tag/v1.0.9
                      """),
                  Example("-- CHANGELOG.md --\n## [↓Unreleased]\r\n## [1.2.0] - 2025-11-10\r\n\r\n[1.2.0]: https://exemple.fr/v1.2.0\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n\n[1.2.0]: https://exemple.fr/v1.2.0\n[↓1.2.0]: https://exemple.fr/v1.2.0-bis\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        let versionLinks = changelog.links.filter { Self.namesVersion($0.label) }
        guard !versionLinks.isEmpty else { return [] }
        let defined = Set(versionLinks.map(\.normalizedLabel))
        var headings = Set<String>(minimumCapacity: changelog.sections.count)
        var found: [Diagnostic] = []
        for section in changelog.sections {
            let heading = section.heading
            guard section.kind(config.changelog).holdsCategories, heading.isBracketed else { continue }
            let label = ChangelogLink.normalize(heading.version)
            headings.insert(label)
            guard !heading.hasInlineLink, !defined.contains(label) else { continue }
            found.append(Diagnostic(Self.info, "`[\(heading.version)]` has no link definition",
                                    fix: "add `[\(heading.version)]: URL` (its release or compare page) with the other links at the end",
                                    at: section.line, column: heading.versionColumn, width: heading.version.count, config: config))
        }
        var firstDefinition: [String: Int] = [:]
        for link in versionLinks {
            if let first = firstDefinition[link.normalizedLabel] {
                found.append(Diagnostic(Self.info, "`[\(link.label)]` is defined again; Markdown uses the definition on line \(first)",
                                        fix: "remove one of the two definitions",
                                        at: changelog.line(link.line), column: link.column, width: link.label.count, config: config))
                continue
            }
            firstDefinition[link.normalizedLabel] = link.line
            guard !headings.contains(link.normalizedLabel) else { continue }
            found.append(Diagnostic(Self.info, "the link definition `[\(link.label)]` names no section",
                                    fix: "remove it, or add the `## [\(link.label)]` section it points to",
                                    at: changelog.line(link.line), column: link.column, width: link.label.count, config: config))
        }
        return found
    }

    /// Labels that name a version or Unreleased; other links (`[docs]`, `[#123]`) are not judged.
    /// Read as the heading `## [label]` would be: an ASCII label is that heading's version (it holds
    /// no `]`); other characters might join a bracket, so the heading is read whole.
    private static func namesVersion(_ label: String) -> Bool {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else {
            let heading = ChangelogHeading("[\(label)]", column: 1)
            return heading.isUnreleased || heading.looksLikeVersion
        }
        return ChangelogHeading.isUnreleased(label) || ChangelogHeading.looksLikeVersion(Substring(label))
    }
}
