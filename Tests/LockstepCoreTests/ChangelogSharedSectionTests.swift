import Testing
@testable import LockstepCore

/// The hook judges only the changelog sections a change touched (`Changelog.withoutSharedSections`,
/// `ChangelogRule.judgesSectionsAlone`): what it reports must be what judging every section of
/// both copies reports.
struct ChangelogSharedSectionTests {
    private static let config = Config()

    private static func tree(_ text: String) -> TreeSnapshot {
        TreeSnapshot(entries: [config.changelog.path: .file(Array(text.utf8))])
    }

    /// The hook's way: HEAD's changelog is in the input, so shared sections are skipped.
    private static func skipping(_ before: String, _ after: String) -> [Diagnostic] {
        let input = ReleaseInput(tree: tree(after), baseline: tree(before), tags: [], config: config)
        return ReleaseCheck.introduced(input, config: config)
    }

    /// Every section of both copies judged: the input does not hold HEAD's changelog, the
    /// comparison does.
    private static func judgingAll(_ before: String, _ after: String) -> [Diagnostic] {
        let input = ReleaseInput(tree: tree(after), baseline: TreeSnapshot(), tags: [], config: config)
        #expect(input.changelogSectionsToJudge == nil)
        let found = ReleaseCheck.run(input, config: config)
        return ReleaseCheck.introduced(found, in: input, comparedWith: tree(before), config: config)
    }

    /// Rule, message and excerpt (which copy of a repeated finding is reported may differ).
    /// `changelog/no-removed-release` judges the change itself (what HEAD's copy had): only the
    /// hook's way has HEAD's copy in its input, so it is left out of the comparison.
    private static func keys(_ found: [Diagnostic]) -> [String] {
        found.filter { $0.rule != "changelog/no-removed-release" }.map { "\($0.rule) | \($0.message) | \($0.excerpt ?? "")" }.sorted()
    }

    @Test func sharedSectionsAreLeftOutOnBothSidesCounted() throws {
        let release = "## [1.0.0] - 2025-01-01\n### Added\n- X\n"
        let mine = Changelog(bytes: Array("# Changelog\n## [Unreleased]\n### Added\n- Y\n\(release)\(release)".utf8))
        let theirs = Changelog(bytes: Array("# Changelog\n## [Unreleased]\n\(release)".utf8))
        let changed = try #require(Changelog.withoutSharedSections(mine, theirs))
        // Unreleased changed; one copy of 1.0.0 is shared, the second is new.
        #expect(changed.mine.sections.map(\.line.number) == [2, 8])
        #expect(changed.theirs.sections.map(\.line.number) == [2])
        // A link definition inside a section ends the list item above it: the same body with the
        // definition elsewhere is another section.
        let moved = Changelog(bytes: Array("# Changelog\n## [1.0.0] - 2025-01-01\n### Added\n- X\n[a]: https://a\nlazy\n".utf8))
        let kept = Changelog(bytes: Array("# Changelog\n## [1.0.0] - 2025-01-01\n### Added\n- X\nlazy\n[a]: https://a\n".utf8))
        #expect(try #require(Changelog.withoutSharedSections(moved, kept)).mine.sections.count == 1)
        // Another preamble or Keep a Changelog version: every section is judged.
        let twoPointO = Changelog(bytes: Array("# Changelog\nBased on Keep a Changelog 2.0.0.\n\(release)".utf8))
        let onePointOne = Changelog(bytes: Array("# Changelog\nBased on Keep a Changelog 1.1.0.\n\(release)".utf8))
        #expect(Changelog.withoutSharedSections(twoPointO, onePointOne) == nil)
    }

    /// Random changelogs full of findings, and random edits of them: both ways agree.
    @Test func skippingReportsWhatJudgingEverySectionReports() {
        var random = SplitMix(seed: 0x5EC7)
        var compared = 0
        for _ in 0..<400 {
            let before = Self.changelog(&random)
            let after = Self.edited(before, &random)
            let expected = Self.keys(Self.judgingAll(before, after))
            let actual = Self.keys(Self.skipping(before, after))
            #expect(actual == expected, "before:\n\(before)\nafter:\n\(after)")
            if !expected.isEmpty { compared += 1 }
        }
        #expect(compared > 100)
    }

    private static let fragments = [
        "### Added\n- New thing (#1)\n", "### Fixed\n* Starred entry\n", "### Bug fixes\n- Unknown category\n",
        "### Added\n", "### Changed\n- A\n### Changed\n- B\n", "Prose under the heading.\n", "### Removed\n-\n",
        "#### Deep\n", "- Entry before any category\n", "### Security\n1. Numbered\n  continued\n",
        "```\n## [9.9.9] - fenced\n```\n", "<!--\n## [8.8.8] - hidden\n-->\n", "### Added\n- Item\nlazy line\n\nprose after\n",
        "[x]: https://example.com/x\n", "\n", "---\n",
    ]
    private static let headings = [
        "## [Unreleased]", "## [1.2.0] - 2025-11-10", "## [1.1.0] - 2025-02-30", "## [1.0] - 2025-01-01",
        "## 0.9.0", "## [0.8.0] - 2024-13-01", "## Notes", "## [0.7.0] - 2024-05-05",
    ]

    private static func section(_ random: inout SplitMix) -> String {
        var text = headings[random.below(headings.count)] + "\n"
        for _ in 0..<random.below(5) { text += fragments[random.below(fragments.count)] }
        return text
    }

    private static func changelog(_ random: inout SplitMix) -> String {
        let preambles = ["# Changelog\n\n", "# Changelog\nBased on [Keep a Changelog](https://keepachangelog.com/en/2.0.0/).\n",
                         "Changelog\n=========\n", "# Changelog\n### Added\n- stray\n"]
        var text = preambles[random.below(preambles.count)]
        for _ in 0..<(1 + random.below(6)) { text += section(&random) }
        if random.below(2) == 0 { text += "[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0\n" }
        return text
    }

    /// An edit of the kind commits make: a line added, removed or changed, a section added,
    /// copied, moved or dropped, Unreleased released, the preamble rewritten.
    private static func edited(_ text: String, _ random: inout SplitMix) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sectionStarts = lines.indices.filter { lines[$0].hasPrefix("## ") }
        for _ in 0..<(1 + random.below(3)) {
            switch random.below(8) {
            case 0: lines.insert(String(fragments[random.below(fragments.count)].dropLast()), at: random.below(lines.count + 1))
            case 1 where lines.count > 1: lines.remove(at: random.below(lines.count))
            case 2: lines[random.below(lines.count)] += " changed"
            case 3:
                let at = sectionStarts.isEmpty ? lines.count : sectionStarts[random.below(sectionStarts.count)]
                lines.insert(contentsOf: section(&random).split(separator: "\n").map(String.init), at: at)
            case 4 where !sectionStarts.isEmpty:
                // A section copied: the same lines twice.
                let start = sectionStarts[random.below(sectionStarts.count)]
                let end = sectionStarts.first { $0 > start } ?? lines.count
                lines.insert(contentsOf: lines[start..<min(end, lines.count)], at: start)
            case 5 where sectionStarts.count > 1:
                // A section moved to the end.
                let start = sectionStarts[random.below(sectionStarts.count - 1)]
                let end = sectionStarts.first { $0 > start } ?? lines.count
                let moved = Array(lines[start..<min(end, lines.count)])
                lines.removeSubrange(start..<min(end, lines.count))
                lines += moved
            case 6:
                if let unreleased = lines.firstIndex(of: "## [Unreleased]") {
                    lines.insert(contentsOf: ["## [Unreleased]", ""], at: unreleased)
                    lines[unreleased + 2] = "## [1.3.0] - 2025-12-01"
                }
            default:
                if !lines.isEmpty { lines[0] = random.below(2) == 0 ? "# Changes" : lines[0] }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// A small deterministic generator: the same cases on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
