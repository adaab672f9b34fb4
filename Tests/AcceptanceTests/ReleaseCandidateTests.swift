import Foundation
import Testing

/// Release candidates on a release branch (issue 10, item 1), cut every sane way and driven through
/// every gate: pre-commit and commit-msg, the tag gate, pre-push, the origin's pre-receive and
/// `check ci`. A candidate is `1.3.0-rc.N` in the manifests tagged `v1.3.0-rc.N`, or manifests at
/// `1.3.0` tagged `v1.3.0-rc.N` (then `v1.3.0` on the same commit).
@Suite struct ReleaseCandidateTests {
    /// main at 1.2.0 (v1.2.0), develop one feature ahead, `release/v1.3.0` cut from develop; the
    /// origin runs pre-receive.
    private func releaseBranch() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installServerHook()
        try repo.git("switch", "-q", "-c", "release/v1.3.0", "develop").expectSuccess()
        return repo
    }

    /// A commit made through Lockstep's commit hooks.
    private func commitThroughHooks(_ repo: TemporaryRepository, _ message: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        try repo.git("add", "-A").expectSuccess()
        let result = try repo.git("commit", "-q", "-m", message)
        #expect(result.status == 0, "\(message)\n\(result)", sourceLocation: sourceLocation)
    }

    private func tagAndPush(_ repo: TemporaryRepository, _ tag: String, with refs: String...,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let tagged = try repo.git("tag", "-a", tag, "-m", "Release \(tag)")
        #expect(tagged.status == 0, "the tag gate refused \(tag)\n\(tagged)", sourceLocation: sourceLocation)
        let pushed = try repo.git(["push", "origin"] + refs + [tag])
        #expect(pushed.status == 0, "pushing \(tag)\n\(pushed)", sourceLocation: sourceLocation)
        #expect(!pushed.stderr.contains("error["), "\(pushed)", sourceLocation: sourceLocation)
        #expect(try repo.originRef("refs/tags/\(tag)") == (try repo.localRef("refs/tags/\(tag)")),
                "\(tag) reached the origin", sourceLocation: sourceLocation)
    }

    private func gitHubTag(_ repo: TemporaryRepository, _ tag: String) throws -> RunResult {
        let sha = try repo.gitOutput("rev-parse", "\(tag)^{commit}")
        let event = try repo.write("event-\(UUID().uuidString).json", "{}", in: repo.root)
        return try repo.lockstep(["check", "ci"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/tags/\(tag)",
            "GITHUB_SHA": sha, "GITHUB_EVENT_PATH": event.path])
    }

    private func gitHubBranchPush(_ repo: TemporaryRepository, _ branch: String, before: String) throws -> RunResult {
        let sha = try repo.gitOutput("rev-parse", branch)
        let event = try repo.write("event-\(UUID().uuidString).json", #"{"before": "\#(before)", "after": "\#(sha)"}"#, in: repo.root)
        return try repo.lockstep(["check", "ci"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/heads/\(branch)",
            "GITHUB_SHA": sha, "GITHUB_EVENT_PATH": event.path])
    }

    @Test func candidatesWithPreReleaseManifestsThenTheReleasePassEveryGate() throws {
        let repo = try releaseBranch()
        let start = try repo.gitOutput("rev-parse", "develop")
        try repo.writeRelease("1.3.0-rc.1")
        try commitThroughHooks(repo, "chore: prepare release v1.3.0-rc.1")
        try tagAndPush(repo, "v1.3.0-rc.1", with: "release/v1.3.0")

        try repo.write("export.txt", "fixed\n")
        try commitThroughHooks(repo, "fix: export encoding")
        try repo.writeRelease("1.3.0-rc.2", changelogDate: "2025-12-02")
        try commitThroughHooks(repo, "chore: prepare release v1.3.0-rc.2")
        try tagAndPush(repo, "v1.3.0-rc.2", with: "release/v1.3.0")

        try repo.writeRelease("1.3.0", changelogDate: "2025-12-03")
        try commitThroughHooks(repo, "chore: prepare release v1.3.0")
        try tagAndPush(repo, "v1.3.0", with: "release/v1.3.0")

        for tag in ["v1.3.0-rc.1", "v1.3.0-rc.2", "v1.3.0"] {
            let ci = try gitHubTag(repo, tag)
            #expect(ci.status == 0, "check ci on \(tag)\n\(ci)")
            let checked = try repo.lockstep("check", "tag", tag)
            #expect(checked.status == 0, "\(checked)")
        }
        let branch = try gitHubBranchPush(repo, "release/v1.3.0", before: start)
        #expect(branch.status == 0, "\(branch)")
    }

    @Test func aCandidateTaggedOnTheReleaseVersionIsTaggedAgainAsTheRelease() throws {
        let repo = try releaseBranch()
        try repo.writeRelease("1.3.0")
        try commitThroughHooks(repo, "chore: prepare release v1.3.0")
        try tagAndPush(repo, "v1.3.0-rc.1", with: "release/v1.3.0")
        // QA passed: the same commit becomes the release, no rebuild.
        try tagAndPush(repo, "v1.3.0")
        for tag in ["v1.3.0-rc.1", "v1.3.0"] {
            let ci = try gitHubTag(repo, tag)
            #expect(ci.status == 0, "check ci on \(tag)\n\(ci)")
        }
    }

    @Test func aCandidateOfAnotherVersionIsRefusedOnTheBranchAndTheServer() throws {
        let repo = try releaseBranch()
        try repo.releaseCommit("1.3.1-rc.1")
        let pushed = try repo.git("push", "origin", "release/v1.3.0")
        pushed.expectPushRefused("branch/release-version")
        #expect(pushed.stderr.contains("release/v1.3.0 prepares 1.3.0, but its backend/Cargo.toml says 1.3.1-rc.1"), "\(pushed)")
        #expect(pushed.stderr.contains("or a pre-release of it, such as 1.3.0-rc.1"), "\(pushed)")
        let server = try repo.git("push", "--no-verify", "origin", "release/v1.3.0")
        #expect(server.status != 0 && server.stderr.contains("remote: error[branch/release-version]"), "\(server)")
    }

    @Test func theReleaseTagOnACandidatesManifestsIsRefused() throws {
        let repo = try releaseBranch()
        try repo.releaseCommit("1.3.0-rc.1")
        let final = try repo.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0")
        #expect(final.status != 0, "\(final)")
        #expect(final.stderr.contains("error[tag/manifest-version]: v1.3.0 tags a commit whose backend/Cargo.toml says 1.3.0-rc.1, not 1.3.0"),
                "\(final)")
        let other = try repo.git("tag", "-a", "v1.3.0-rc.2", "-m", "Release v1.3.0-rc.2")
        #expect(other.status != 0, "\(other)")
        #expect(other.stderr.contains("says 1.3.0-rc.1, not 1.3.0-rc.2 or 1.3.0"), "\(other)")
    }
}
