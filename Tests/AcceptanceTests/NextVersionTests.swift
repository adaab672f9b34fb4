import Foundation
import Testing

/// `lockstep next-version`: the version alone on the first line, then why; nothing when nothing
/// calls for a release; `--format json` exactly `{"version", "bump", "finishes", "commits", "explanation"}`.
@Suite struct NextVersionTests {
    @Test func aFeatureCallsForTheNextMinor() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: sessions", file: "a.txt")
        let feature = try repo.commit("feat: export", file: "b.txt")
        try repo.commit("docs: readme", file: "c.txt")
        let short = try repo.gitOutput("rev-parse", "--short", feature)
        let text = try repo.lockstep("next-version")
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout == "1.3.0\nminor: 1 feature among 3 commits since v1.2.0:\n  \(short) feat: export\n", "\(text)")
        #expect(text.stdout.split(separator: "\n").first == "1.3.0")

        let json = try repo.lockstep("--format", "json", "next-version")
        #expect(json.stdout == "{\"version\": \"1.3.0\", \"bump\": \"minor\", \"finishes\": null, \"commits\": [{\"id\": \"\(feature)\", "
                + "\"header\": \"feat: export\", \"bump\": \"minor\", \"breaking\": false}], \"explanation\": "
                + "[\"minor: 1 feature among 3 commits since v1.2.0:\", \"\(short) feat: export\"]}\n", "\(json)")
    }

    /// A feature reverted before the release ships nothing: `git revert` cancels it (and a revert of
    /// that revert puts it back), in next-version and in the tag gate's `tag/bump-kind`.
    @Test func aRevertedFeatureCallsForNothing() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat: export", file: "b.txt")
        try repo.git("revert", "--no-edit", "HEAD").expectSuccess()
        let fix = try repo.commit("fix: sessions", file: "a.txt")
        let short = try repo.gitOutput("rev-parse", "--short", fix)
        let text = try repo.lockstep("next-version")
        #expect(text.stdout == "1.2.1\npatch: 1 fix among 3 commits since v1.2.0:\n  \(short) fix: sessions\n"
                + "  (2 commits are not counted: reverted since, or reverts of those)\n", "\(text)")
        try repo.git("revert", "--no-edit", "HEAD~1").expectSuccess()
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("1.3.0\nminor: 1 feature among 4 commits since v1.2.0:\n"),
                "the revert of the revert counts the feature again")
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()

        try repo.releaseCommit("1.2.1")
        let tagged = try repo.git("tag", "-a", "v1.2.1", "-m", "Release v1.2.1")
        #expect(tagged.status == 0, "\(tagged)")
    }

    @Test func nothingCallsForARelease() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("docs: readme", file: "a.txt")
        let text = try repo.lockstep("next-version")
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.isEmpty, "no version, so that `$(lockstep next-version | head -n1)` is empty\n\(text)")
        #expect(text.stderr == "no release needed: none of the 1 commit since v1.2.0 is a feature, a fix or a breaking change\n", "\(text)")
        let json = try repo.lockstep("next-version", "--format", "json")
        #expect(json.stdout == "{\"version\": null, \"bump\": null, \"finishes\": null, \"commits\": [], \"explanation\": "
                + "[\"no release needed: none of the 1 commit since v1.2.0 is a feature, a fix or a breaking change\"]}\n", "\(json)")
    }

    @Test func breakingChangesAndTheZeroMajorConvention() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat!: drop the v0 routes", file: "a.txt")
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("2.0.0\nmajor: 1 breaking change among 1 commit since v1.2.0:\n"))
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v0.9.0", "-m", "old line", "main~1").expectSuccess()
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-d", "v1.2.0").expectSuccess()
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("1.0.0\n"))
        try repo.write(".lockstep.toml", "[tag]\nzero-major-breaking = \"minor\"\n")
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("0.10.0\n"))
    }

    @Test func aPreReleaseIsFinished() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat: export", file: "a.txt")
        try repo.releaseCommit("1.3.0-rc.1")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v1.3.0-rc.1", "-m", "rc").expectSuccess()
        try repo.commit("fix: export encoding", file: "a.txt")
        let text = try repo.lockstep("next-version")
        #expect(text.stdout.hasPrefix("1.3.0\npatch: v1.3.0 finishes the pre-release v1.3.0-rc.1; 1 fix among 1 commit since v1.3.0-rc.1:\n"),
                "\(text)")
        let json = try repo.lockstep("--format", "json", "next-version")
        #expect(json.stdout.hasPrefix("{\"version\": \"1.3.0\", \"bump\": \"patch\", \"finishes\": \"v1.3.0-rc.1\""), "\(json)")
        try repo.commit("feat!: new export format", file: "a.txt")
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("2.0.0\n"))
    }

    @Test func withoutAnyTagCommitsCountFromZero() throws {
        let repo = try TemporaryRepository.release()
        try repo.commit("feat: first feature", file: "a.txt")
        let text = try repo.lockstep("next-version")
        #expect(text.stdout.hasPrefix("0.1.0\nminor: 1 feature among 2 commits since the first commit"), "\(text)")
    }
}

/// Issue 10, item 8, through a real repository: an empty description is no feature, and a
/// feature after a beta of a major is not called a breaking change.
@Suite struct NextVersionWordingTests {
    @Test func anEmptyDescriptionKeptVerbatimIsNoFeature() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("commit", "-q", "--no-verify", "--allow-empty", "--cleanup=verbatim", "-m", "feat: ").expectSuccess()
        #expect(try repo.lastMessage() == "feat: \n", "premise: git kept the header as typed")
        let text = try repo.lockstep("next-version")
        #expect(text.stdout.isEmpty, "\(text)")
        #expect(text.stderr.contains("no release needed"), "\(text)")
        try repo.commit("fix: sessions", file: "a.txt")
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("1.2.1\npatch: 1 fix among 2 commits since v1.2.0:\n"))
    }

    @Test func aFeatureAfterABetaOfAMajorFinishesIt() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat!: drop the v0 routes", file: "a.txt")
        try repo.releaseCommit("2.0.0-beta.1")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v2.0.0-beta.1", "-m", "beta").expectSuccess()
        let feature = try repo.commit("feat: export", file: "b.txt")
        let text = try repo.lockstep("next-version")
        #expect(text.stdout.hasPrefix("2.0.0\nminor: v2.0.0 finishes the pre-release v2.0.0-beta.1; 1 feature among 1 commit since v2.0.0-beta.1:\n"),
                "\(text)")
        #expect(!text.stdout.contains("breaking"), "\(text)")
        let json = try repo.lockstep("--format", "json", "next-version")
        #expect(json.stdout.contains("{\"id\": \"\(feature)\", \"header\": \"feat: export\", \"bump\": \"minor\", \"breaking\": false}"), "\(json)")
    }
}
