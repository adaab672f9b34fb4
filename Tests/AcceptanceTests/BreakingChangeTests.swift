import Foundation
import Testing

/// What counts as a breaking change in real messages (issue 10, item 3): a `BREAKING CHANGE:`
/// paragraph followed by prose still counts (with a warning, never a fix that changes the bump),
/// and a `Breaking changes: none` paragraph is neither breaking nor an error.
@Suite struct BreakingChangeTests {
    /// Writes `message` through the installed commit-msg hook, with one file so the commit is not empty.
    @discardableResult
    private func commitThroughHook(_ repo: TemporaryRepository, _ message: String, file: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try repo.write(file, message)
        try repo.git("add", file).expectSuccess()
        let result = try repo.git("commit", "-q", "-F", try repo.messageFile(message).path)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    @Test func aBreakingChangeFollowedByProseCallsForAMajorAndItsTagPasses() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installHook("commit-msg")
        let committed = try commitThroughHook(repo, """
            feat(auth): replace session cookies with tokens

            BREAKING CHANGE: v1 session cookies are no longer accepted.

            Clients must log in again after the upgrade; see docs/migration.md.

            """, file: "auth.txt")
        #expect(committed.stderr.contains("warning[commit/breaking-change-placement]"), "\(committed)")
        #expect(committed.stderr.contains("still a major release"), "the fix keeps the bump\n\(committed)")
        #expect(!committed.stderr.contains("error["), "\(committed)")

        let next = try repo.lockstep("next-version")
        #expect(next.stdout.hasPrefix("2.0.0\nmajor: 1 breaking change among 1 commit since v1.2.0:\n"), "\(next)")
        let json = try repo.lockstep("--format", "json", "next-version")
        #expect(json.stdout.hasPrefix("{\"version\": \"2.0.0\", \"bump\": \"major\""), "\(json)")

        try repo.releaseCommit("1.3.0")
        let minor = try repo.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0")
        #expect(minor.status != 0, "a minor release loses the breaking change\n\(minor)")
        minor.expectDiagnostic("tag/bump-kind", at: "refs/tags/v1.3.0", message: "call for v2.0.0")
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.releaseCommit("2.0.0")
        let major = try repo.git("tag", "-a", "v2.0.0", "-m", "Release v2.0.0")
        #expect(major.status == 0, "\(major)")
    }

    @Test(arguments: ["Breaking changes: none", "Breaking Changes: None", "BREAKING CHANGES: N/A", "Breaking change: no.",
                      "BREAKING CHANGE: none", "Breaking changes: None (internal refactor)", "BREAKING-CHANGE: N/A - docs only"])
    func aParagraphSayingThereIsNoneIsNotABreakingChange(_ line: String) throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installHook("commit-msg")
        let committed = try commitThroughHook(repo, """
            feat(api): add building export

            Adds CSV export of buildings.

            \(line)

            Closes: #124

            """, file: "export.txt")
        #expect(!committed.stderr.contains("error["), "\(committed)")
        #expect(!committed.stderr.contains("BREAKING CHANGE: <"), "no fix that turns it into a major\n\(committed)")
        let next = try repo.lockstep("next-version")
        #expect(next.stdout.hasPrefix("1.3.0\nminor: 1 feature among 1 commit since v1.2.0:\n"), "\(line)\n\(next)")
        let history = try repo.lockstep("check", "commits", "v1.2.0..HEAD")
        #expect(history.status == 0 && !history.output.contains("error["), "\(history)")
    }

    @Test func aWrongTokenWithRealContentAsksWithoutChoosingTheBump() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installHook("commit-msg")
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        let result = try repo.git("commit", "-q", "-m", "feat: export\n\nBreaking change: the v0 routes are gone\n")
        #expect(result.status != 0, "\(result)")
        let diagnostic = result.diagnostics.first { $0.rule == "commit/breaking-change-format" }
        #expect(diagnostic?.fix?.contains("if it breaks users, write `BREAKING CHANGE: the v0 routes are gone`") == true, "\(result)")
        #expect(diagnostic?.fix?.contains("if not, reword the line") == true, "\(result)")
    }

    /// `BREAKING CHANGE #12: …` (the ` #` separator of other footers) and `BREAKING CHANGE - …` are
    /// not counted (§13 wants `: `) and were accepted without a word: refused now, and the fix,
    /// applied, is counted as the major release the author marked.
    @Test(arguments: [("BREAKING CHANGE #12: the v0 routes are gone", "BREAKING CHANGE: #12: the v0 routes are gone"),
                      ("BREAKING CHANGE - the v0 routes are gone", "BREAKING CHANGE: the v0 routes are gone")])
    func anUpperCaseTokenWithoutItsColonIsRefusedWithACountedFix(_ line: String, _ fixed: String) throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installHook("commit-msg")
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        let result = try repo.git("commit", "-q", "-m", "feat: export\n\n\(line)\n")
        #expect(result.status != 0, "\(result)")
        let diagnostic = result.diagnostics.first { $0.rule == "commit/breaking-change-format" }
        #expect(diagnostic?.fix?.contains("write `\(fixed)`") == true, "\(result)")
        try commitThroughHook(repo, "feat: export\n\n\(fixed)\n", file: "x.txt")
        let next = try repo.lockstep("next-version")
        #expect(next.stdout.hasPrefix("2.0.0\n"), "\(next)")
    }
}
