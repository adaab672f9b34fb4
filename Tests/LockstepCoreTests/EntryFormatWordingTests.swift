import Testing
@testable import LockstepCore

/// Issue 10 item 14: `changelog/entry-format` says "only `- ` entries" and means it: `*`, `+`,
/// `1.` and `1)` entries are refused with the line rewritten to `- `, the text kept.
struct EntryFormatWordingTests {
    @Test(arguments: [("- X (#1)", nil), ("* X (#1)", "- X (#1)"), ("+ X (#1)", "- X (#1)"), ("1. X (#1)", "- X (#1)"),
                      ("12) « X »", "- « X »"), ("*   X", "- X"), (" * X", " - X")] as [(String, String?)])
    func onlyDashEntries(_ entry: String, _ fixed: String?) throws {
        let rule = try #require(allRules.first { $0.info.id == "changelog/entry-format" })
        let findings = try rule.checkExample(Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Added\n\(entry)\n"))
        #expect(findings.map(\.replacement) == (fixed.map { [$0] } ?? []), "\(findings.map(\.message))")
        if let fixed { #expect(findings.first?.fix == "write it `\(fixed)`") }
        #expect(rule.info.summary.contains("only `- ` entries"))
    }
}
