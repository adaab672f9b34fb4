struct ChangelogCoversCommits: Rule {
    static let info = RuleInfo(
        id: "release/changelog-covers-commits",
        summary: "every feat, fix, perf and breaking commit since the previous release has an entry in the release's section",
        rationale: """
            RELEASE_PROCESS.md pre-release checklist: "CHANGELOG.md updated with all changes". A commit \
            is covered by an entry that names one of its issue or pull-request numbers (`#123`, `!45`), \
            or whose text holds the commit's description (or the other way round), ignoring case and \
            punctuation. The section is the version's own, or Unreleased before `release prepare`. A \
            commit that users will not notice waives it with a `Changelog: skip` trailer. A warning by \
            default: a maintainer may group several commits under one entry in their own words.
            """,
        severity: .warning,
        configKeys: ["changelog.path", "version.tag-prefix"],
        passing: [Example("""
                      -- version --
                      1.3.0
                      -- tags --
                      v1.2.0
                      -- commits --
                      feat(api): add the feature-x endpoint (#124)
                      fix: incorrect total in Z\\n\\nCloses #126
                      perf: cache the building list\\n\\nChangelog: skip
                      docs: typo
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0] - 2025-11-10
                      ### Added
                      - New endpoint `/api/v1/feature-x` ([#124])
                      ### Fixed
                      - Incorrect total in Z
                      - Bug in Y (#126)
                      """),
                  Example("-- commits --\nfeat: dark mode\n-- CHANGELOG.md --\n## [Unreleased]\n### Added\n- Dark mode for the dashboard\n"),
                  Example("-- version --\n1.3.0\n-- tags --\nv1.2.0\n-- CHANGELOG.md --\n## [1.3.0] - 2025-11-10\n")],
        failing: [Example("""
                      -- version --
                      1.3.0
                      -- tags --
                      v1.2.0
                      -- commits --
                      ↓feat: export buildings as CSV (#130)
                      ↓fix!: reject négative amounts\\n\\nRefs: #131
                      chore: tidy
                      -- CHANGELOG.md --
                      ## [1.3.0] - 2025-11-10
                      ### Added
                      - New feature X (#123)
                      """),
                  Example("-- commits --\n↓perf: faster login\n-- CHANGELOG.md --\n## [Unreleased]\r\n### Changed\r\n- Improved performance of Y\r\n")])

    func check(_ input: PreReleaseInput, config: Config) -> [Diagnostic] {
        guard input.tree.current.changelog != nil else { return [] }  // `tag/changelog-section` and the changelog rules say so
        let entries = input.entries
        let entryWords = entries.map { Self.words($0.description) }
        let entryReferences = entries.map { Self.references(in: $0.text) }
        var found: [Diagnostic] = []
        for commit in input.commits where commit.kind != nil && !Self.isWaived(commit.message) {
            let references = Self.references(in: ([commit.header] + commit.message.body.map(\.text)
                                                   + commit.message.footers.map(\.value)).joined(separator: "\n"))
            if entryReferences.contains(where: { !$0.isDisjoint(with: references) }) { continue }
            let description = Self.words(commit.message.conventionalHeader?.description ?? commit.header)
            if !description.isEmpty, entryWords.contains(where: { Self.contains($0, description) || Self.contains(description, $0) && $0.count >= 2 }) {
                continue
            }
            let type = (commit.message.conventionalHeader?.type ?? "").lowercased()
            let category = type == "feat" ? "`### Added`" : type == "fix" ? "`### Fixed`" : "`### Changed`"
            let stated = commit.message.conventionalHeader?.description ?? commit.header
            let reference = references.isDisjoint(with: Self.references(in: stated)) ? references.sorted().first.map { " (\($0))" } ?? "" : ""
            let entry = "- " + (commit.message.hasBreakingChange ? "**Breaking:** " : "") + Self.sentence(stated) + reference
            found.append(commit.diagnostic(Self.info, "`\(commit.message.conventionalHeader?.type ?? type)` commit \(input.since) has no entry in \(input.sectionName) of \(config.changelog.path)",
                                           fix: "add `\(entry)` under \(category), or waive it with a `Changelog: skip` trailer",
                                           ref: nil))
        }
        return found
    }

    /// `Changelog: skip` (any case), as a git trailer.
    static func isWaived(_ message: CommitMessage) -> Bool {
        message.footers.contains { $0.token.lowercased() == "changelog" && $0.value.trimmingSpaces.lowercased() == "skip" }
    }

    /// `#123` and `!45` (GitLab merge requests) in `text`, numbers whole.
    static func references(in text: String) -> Set<String> {
        var found = Set<String>()
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "#" || character == "!" {
            let digits = characters[(index + 1)...].prefix { $0.isASCIIDigit }
            guard !digits.isEmpty, index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else { continue }
            found.insert(String(character) + String(digits))
        }
        return found
    }

    /// Lower-case words of letters and digits: punctuation, Markdown and references (`#12`) do not count.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var isReference = false
        var before: Character = " "
        for character in text.lowercased() + " " {
            if character.isLetter || character.isNumber {
                if current.isEmpty { isReference = before == "#" || before == "!" }
                current.append(character)
            } else if !current.isEmpty {
                if !isReference { words.append(current) }
                current = ""
            }
            before = character
        }
        return words
    }

    /// Whether `words` holds `part` as consecutive words.
    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { start in Array(words[start..<(start + part.count)]) == part }
    }

    /// The description as an entry: a capital first letter.
    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension String {
    var trimmingSpaces: Substring {
        let start = drop { $0 == " " || $0 == "\t" }
        return start.dropLast(start.reversed().prefix { $0 == " " || $0 == "\t" }.count)
    }
}
