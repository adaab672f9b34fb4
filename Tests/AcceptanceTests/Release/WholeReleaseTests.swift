import Foundation
import Testing

/// A whole release through the installed hooks, as a maintainer runs it: prepare, commit and tag
/// in one command, push to an origin that runs the pre-receive hook, then what a tag pipeline checks.
@Suite struct WholeReleaseTests {
    @Test func prepareCommitTagPushAndTheTagPipelinePass() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installServerHook()
        try repo.git("switch", "-q", "develop").expectSuccess()
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog()
            .replacing("## [Unreleased]\n", with: "## [Unreleased]\n### Added\n- Unreleased dashboard (#7)\n"))
        let entry = try repo.git(["commit", "-q", "-am", "docs: list the dashboard in the changelog"], environment: probe())
        #expect(entry.status == 0, "\(entry)")

        let prepared = try repo.lockstep(["release", "prepare", "auto", "--branch", "--commit", "--tag", "--date", "2025-12-01"],
                                         environment: probe())
        #expect(prepared.status == 0, "\(prepared)")
        prepared.expectHookRan()
        #expect(try repo.gitOutput("branch", "--show-current") == "release/v1.3.0")
        #expect(try repo.gitOutput("log", "-1", "--format=%s") == "chore: prepare release v1.3.0")
        #expect(try repo.gitOutput("status", "--porcelain") == "")
        let annotation = try repo.gitOutput("tag", "-l", "--format=%(contents)", "v1.3.0")
        #expect(annotation == "Release v1.3.0\n\n### Added\n- Unreleased dashboard (#7)\n", "\(annotation)")
        #expect(try repo.stored("CHANGELOG.md")?.contains("## [Unreleased]\n\n## [1.3.0] - 2025-12-01\n### Added\n- Unreleased dashboard (#7)\n") == true)

        let push = try repo.git("push", "origin", "release/v1.3.0", "v1.3.0")
        #expect(push.status == 0, "\(push)")
        #expect(!push.stderr.contains("remote: error"), "\(push)")
        #expect(try repo.originRef("refs/tags/v1.3.0") == (try repo.localRef("refs/tags/v1.3.0")))

        let tag = try repo.lockstep("check", "tag", "v1.3.0")
        #expect(tag.status == 0, "\(tag)")
        let event = try repo.write("event.json", "{}", in: repo.root)
        let ci = try repo.lockstep(["check", "ci"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/tags/v1.3.0",
            "GITHUB_SHA": try repo.gitOutput("rev-parse", "HEAD"), "GITHUB_EVENT_PATH": event.path])
        #expect(ci.status == 0, "\(ci)")
        #expect(ci.stderr.contains("tag v1.3.0"), "\(ci)")
    }
}
