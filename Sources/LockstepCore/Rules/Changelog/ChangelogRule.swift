/// A rule on the changelog of the tree being judged. A tree without the file, or whose file is
/// not text (a link, too large, NUL bytes), never reaches `checkChangelog`: `changelog/readable`
/// reports the second, and `version/changelog-section` a version bump without the first.
///
/// The pre-commit hook reports only findings a commit introduces, matching HEAD's findings on
/// rule id, message and excerpt. So messages never hold a line number or a count that shifts
/// when lines are added above, and a finding on a line that repeats in many sections
/// (`### Added`) names its section to stay distinct.
package protocol ChangelogRule: Rule where Input == ReleaseInput {
    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic]

    /// Whether what the rule finds in a `## ` section depends on nothing but that section's
    /// lines, the configuration, and the file's title, preamble and Keep a Changelog version.
    /// Such a rule judges only the sections a change touched (`ReleaseInput.changelogSectionsToJudge`):
    /// in the others it would find what it found in HEAD's copy, which the hook does not report.
    static var judgesSectionsAlone: Bool { get }
}

extension ChangelogRule {
    package static var judgesSectionsAlone: Bool { false }

    package func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let changelog = input.current.changelog, !changelog.isBinary else { return [] }
        return checkChangelog(Self.judgesSectionsAlone ? input.changelogSectionsToJudge ?? changelog : changelog, config: config)
    }
}

extension Diagnostic {
    /// A finding on one line of the changelog, with that line as its excerpt.
    init(_ rule: RuleInfo, _ message: String, fix: String, at line: ChangelogLine, column: Int, width: Int = 1,
         config: Config) {
        self.init(rule.id, message, fix: fix, severity: rule.severity, file: config.changelog.path, line: line.number,
                  column: column, excerpt: line.text, width: max(1, width))
    }
}

/// Keep a Changelog 1.1.0's categories, in its order.
let keepAChangelogCategories = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]
