import Testing
@testable import LockstepCore

/// Issue 10 item 14: `changelog/entry-format` accepts every Markdown list marker, and says so
/// instead of promising "only `- ` entries".
struct EntryFormatWordingTests {
    @Test(arguments: ["- X", "* X", "+ X", "1. X"])
    func everyListMarkerIsAnEntryAndTheSummarySaysSo(_ entry: String) throws {
        let found = allRules.first { $0.info.id == "changelog/entry-format" }
        let rule = try #require(found)
        let findings = try rule.checkExample(Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Added\n\(entry)\n"))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(!rule.info.summary.contains("only `- ` entries"))
        #expect(rule.info.summary.contains("`*`") && rule.info.summary.contains("`1.`"))
    }
}
