import Foundation
import Testing

/// The pre-release checklist rules through `check release`, `check ci` on release branches and
/// tags, and `release checklist`, on repositories made with the real git.
@Suite struct ReleaseChecklistTests {
    /// main tagged v1.2.0, then on develop: a feature without an entry, a breaking fix, and a
    /// waived perf commit.
    private func developWithChanges() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "develop").expectSuccess()
        try repo.commit("fix!: reject negative amounts\n\nRefs: #131", file: "amounts.txt")
        try repo.commit("perf: cache the building list\n\nChangelog: skip", file: "cache.txt")
        try repo.commit("docs: typo", file: "docs.txt")
        return repo
    }

    private func github(_ repo: TemporaryRepository, ref: String, sha: String) throws -> [String: String] {
        let payload = try repo.write("event.json", #"{"after": "\#(sha)"}"#, in: repo.root)
        return ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_REF": ref, "GITHUB_SHA": sha,
                "GITHUB_EVENT_PATH": payload.path]
    }

    @Test func checkReleaseJudgesUnreleasedAgainstThePreviousTag() throws {
        let repo = try developWithChanges()
        let result = try repo.lockstep("check", "release")
        #expect(result.status == 1, "\(result)")
        #expect(result.errorRules == ["release/breaking-documented"], "\(result)")
        let warnings = result.diagnostics.filter { $0.severity == "warning" }
        #expect(warnings.map(\.rule) == ["release/changelog-covers-commits", "release/changelog-covers-commits"], "\(result)")
        #expect(warnings.map(\.message).allSatisfy { $0.contains("since v1.2.0 has no entry in ## [Unreleased] of CHANGELOG.md") }, "\(result)")
        #expect(warnings.first?.fix == "add `- **Breaking:** Reject negative amounts (#131)` under `### Fixed`, or waive it with a `Changelog: skip` trailer",
                "\(result)")
        #expect(result.stderr.contains("lockstep: checked the Unreleased section since v1.2.0 (4 commits)"), "\(result)")

        // The entries the fixes ask for make it pass.
        try repo.write("CHANGELOG.md", ReleaseFiles.changelog().replacingOccurrences(of: "## [Unreleased]\n", with: """
            ## [Unreleased]
            ### Added
            - Unreleased dashboard
            ### Fixed
            - **Breaking:** Reject negative amounts (#131)

            """))
        try repo.commit("docs: changelog entries", file: nil)
        try repo.git("commit", "-q", "--no-verify", "-a", "--amend", "--no-edit").expectSuccess()
        let fixed = try repo.lockstep("check", "release")
        #expect(fixed.status == 0 && fixed.diagnostics.isEmpty, "\(fixed)")
        let json = try repo.lockstep("check", "release", "--format", "json")
        #expect(json.stdout == "{\"ok\": true, \"diagnostics\": []}\n", "\(json)")
    }

    @Test func aMajorReleaseOrAMigrationGuideDocumentsABreak() throws {
        let repo = try developWithChanges()
        #expect(try repo.lockstep("check", "release", "2.0.0").errorRules.isEmpty)
        #expect(try repo.lockstep("check", "release", "1.3.0").errorRules == ["release/breaking-documented"])
        try repo.commit("docs: migration guide", file: "docs/migration/1.3.md")
        #expect(try repo.lockstep("check", "release", "v1.3.0").errorRules.isEmpty)
        let bad = try repo.lockstep("check", "release", "1.x")
        #expect(bad.status == 2, "\(bad)")
    }

    @Test func checkCIRunsTheChecklistOnReleaseBranchesAndTags() throws {
        let repo = try developWithChanges()
        try repo.git("switch", "-q", "-c", "release/v2.0.0").expectSuccess()
        try repo.releaseCommit("2.0.0")
        let head = try repo.gitOutput("rev-parse", "HEAD")
        let branch = try repo.lockstep(["check", "ci"], environment: github(repo, ref: "refs/heads/release/v2.0.0", sha: head))
        #expect(branch.stderr.contains("the pre-release checklist"), "\(branch)")
        #expect(branch.diagnostics.filter { $0.rule == "release/changelog-covers-commits" }.count == 2, "\(branch)")
        #expect(branch.diagnostics.allSatisfy { !$0.message.contains("[Unreleased]") }, "judged the 2.0.0 section\n\(branch)")

        try repo.git("tag", "-a", "v2.0.0", "-m", "Release v2.0.0").expectSuccess()
        let tag = try repo.lockstep(["check", "ci"], environment: github(repo, ref: "refs/tags/v2.0.0", sha: head))
        #expect(tag.stderr.contains("tag v2.0.0, the pre-release checklist"), "\(tag)")
        #expect(tag.diagnostics.filter { $0.rule == "release/changelog-covers-commits" }.count == 2, "\(tag)")

        // A feature branch is no release: no checklist there.
        try repo.git("switch", "-q", "-c", "feature/x", "develop").expectSuccess()
        let feature = try repo.commit("feat: x", file: "x.txt")
        let other = try repo.lockstep(["check", "ci"], environment: github(repo, ref: "refs/heads/feature/x", sha: feature))
        #expect(!other.stderr.contains("pre-release checklist") && !other.output.contains("release/changelog-covers"), "\(other)")
    }

    @Test func coChangePairsFromTheConfiguration() throws {
        let config = """
            [checklist]
            co-change = [{ when = ["backend/src/handlers/"], then = ["docs/api/"], item = "API documentation updated if endpoints changed" }]

            """
        let repo = try TemporaryRepository.withOrigin(config: config)
        try repo.git("switch", "-q", "develop").expectSuccess()
        try repo.commit("chore: handler", file: "backend/src/handlers/building.rs")
        let result = try repo.lockstep("check", "release")
        #expect(result.errorRules == ["release/co-change"], "\(result)")
        #expect(result.diagnostics.first { $0.rule == "release/co-change" }?.location == "backend/src/handlers/building.rs", "\(result)")

        let checklist = try repo.lockstep("release", "checklist")
        #expect(checklist.status == 1, "\(checklist)")
        #expect(checklist.stdout.contains("- [ ] API documentation updated if endpoints changed ❌\n  - backend/src/handlers/building.rs changed since v1.2.0, but nothing under docs/api/ did\n  - judged by `release/co-change`\n"),
                "\(checklist)")
        try repo.commit("docs: api", file: "docs/api/buildings.md")
        let done = try repo.lockstep("release", "checklist")
        #expect(done.stdout.contains("- [x] API documentation updated if endpoints changed\n"), "\(done)")
    }

    @Test func theChecklistTicksWhatTheRulesProvedAndLeavesTheRest() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "develop").expectSuccess()
        try repo.write("CHANGELOG.md", ReleaseFiles.changelog().replacingOccurrences(of: "## [Unreleased]\n", with: "## [Unreleased]\n### Added\n- Unreleased dashboard\n"))
        try repo.git("commit", "-q", "--no-verify", "-am", "docs: changelog").expectSuccess()
        let short = try repo.gitOutput("rev-parse", "--short", "HEAD")
        let markdown = try repo.lockstep("release", "checklist")
        #expect(markdown.status == 0, "\(markdown)")
        #expect(markdown.stdout.hasPrefix("## Pre-release checklist: Unreleased\n\nItems marked by `lockstep release checklist` were judged on \(short) against v1.2.0"), "\(markdown)")
        #expect(markdown.stdout.contains("""
            ### 2. Documentation

            - [x] CHANGELOG.md updated with all changes
              - 1 feat, fix, perf or breaking commit since v1.2.0: each has an entry in ## [Unreleased]
              - judged by `release/changelog-covers-commits`
            - [ ] API documentation updated if endpoints changed
            - [ ] User guides updated if UI/UX changed
            - [x] Migration guide if breaking changes
              - no breaking commit since v1.2.0
              - judged by `release/breaking-documented`
            """), "\(markdown)")
        #expect(markdown.stdout.contains("- [ ] Manual QA in staging environment\n") && markdown.stdout.contains("- [ ] Backup taken before migration\n"))
        #expect(markdown.stdout.components(separatedBy: "\n- [").count - 1 == 20, "every item of the process\n\(markdown)")

        let json = try repo.lockstep("release", "checklist", "1.3.0", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["version"] as? String == "1.3.0" && object["previous"] as? String == "v1.2.0" && object["ok"] as? Bool == true)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["title"] as? String } == ["Code Quality", "Documentation", "Testing", "Database", "Dependencies"])
        let items = try #require(groups[1]["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["state"] as? String } == ["proven", "open", "open", "proven"], "\(json)")
        #expect((items[0]["rules"] as? [String]) == ["release/changelog-covers-commits"])
    }
}
