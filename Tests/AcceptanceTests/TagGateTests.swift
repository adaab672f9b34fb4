import Foundation
import Testing

/// The local tag gate, `hooks/reference-transaction` (HOOKS.md §3, scenarios 46–52): a bad release
/// tag is refused before `git tag` creates it; everything that is not `git tag` goes through.
@Suite struct TagGateTests {
    @Test func aReleaseTagOnTheReleaseCommitIsCreated() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.1")
        let result = try repo.git("tag", "-a", "v1.2.1", "-m", "Release v1.2.1")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "a passing gate says nothing\n\(result)")
        #expect(try repo.localRef("refs/tags/v1.2.1") != nil)
    }

    @Test func aTagWhoseManifestsSayAnotherVersionIsRefusedBeforeItExists() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.2")
        let result = try repo.git("tag", "-a", "v1.2.1", "-m", "Release v1.2.1")
        #expect(result.status == 128, "git exits 128 when the hook aborts the transaction\n\(result)")
        #expect(result.stderr.contains("fatal: ref updates aborted by hook"), "\(result)")
        result.expectDiagnostic("tag/manifest-version", at: "backend/Cargo.toml:3:11 in commit \(String(try repo.gitOutput("rev-parse", "--short", "HEAD")))",
                                fix: "tag the commit that sets 1.2.1", message: "says 1.2.2, not 1.2.1", withExcerpt: false)
        #expect(result.stderr.contains("lockstep: tag v1.2.1 refused"), "\(result)")
        #expect(try repo.localRef("refs/tags/v1.2.1") == nil, "the tag was not created")
        result.expectNoColour()
    }

    @Test func aLightweightReleaseTagIsRefusedAndOtherTagsAreNot() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.1")
        let refused = try repo.git("tag", "v1.2.1")
        #expect(refused.status != 0, "\(refused)")
        refused.expectDiagnostic("tag/annotated", at: "refs/tags/v1.2.1", fix: "git tag -a v1.2.1")
        #expect(try repo.localRef("refs/tags/v1.2.1") == nil)
        for name in ["v-tmp", "latest", "deploy-42"] {
            let result = try repo.git("tag", name)
            #expect(result.status == 0, "\(name) is not a release tag\n\(result)")
        }
    }

    @Test func bumpKindMustMatchTheCommits() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat: export buildings", file: "export.txt")
        try repo.releaseCommit("1.2.1")
        let refused = try repo.git("tag", "-a", "v1.2.1", "-m", "Release v1.2.1")
        #expect(refused.status != 0, "\(refused)")
        refused.expectDiagnostic("tag/bump-kind", at: "refs/tags/v1.2.1", fix: "tag `v1.3.0` instead", message: "call for v1.3.0")
        #expect(refused.stderr.contains("feat: export buildings"), "the deciding commit is named\n\(refused)")

        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.releaseCommit("1.3.0")
        let accepted = try repo.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
    }

    @Test func aPreReleaseIsFinishedByTheNextRelease() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("feat: export buildings", file: "export.txt")
        try repo.releaseCommit("1.3.0-rc.1")
        try repo.git("tag", "-a", "v1.3.0-rc.1", "-m", "Release candidate").expectSuccess()
        try repo.commit("fix: export encoding", file: "export.txt")
        try repo.releaseCommit("1.3.0")
        let result = try repo.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0")
        #expect(result.status == 0, "\(result)")
    }

    @Test func anEmptyAnnotationAndATagBelowAnEarlierReleaseAreRefused() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.1")
        let empty = try repo.git("tag", "-a", "v1.2.1", "-m", "")
        empty.expectDiagnostic("tag/message", at: "refs/tags/v1.2.1")
        let lower = try repo.git("tag", "-a", "v1.1.9", "-m", "Release v1.1.9")
        lower.expectDiagnostic("tag/order", at: "refs/tags/v1.1.9", message: "not higher than v1.2.0")
        let invalid = try repo.git("tag", "-a", "v1.2", "-m", "Release")
        invalid.expectDiagnostic("tag/name-semver", at: "refs/tags/v1.2")
    }

    /// `git fetch` creates tags through the same transactions: a remote's lightweight and
    /// non-SemVer tags never make it fail (scenario 48).
    @Test func fetchingTwoThousandTagsThatAreNotReleasesSucceeds() throws {
        let repo = try TemporaryRepository.withOrigin()
        let head = try repo.gitOutput("rev-parse", "HEAD")
        let lines = (0..<2000).map { index -> String in
            let name = ["build-\(index)", "v\(index)", "v1.\(index)", "nightly/\(index)"][index % 4]
            return "create refs/tags/\(name) \(head)\n"
        }.joined()
        try repo.git(["update-ref", "--stdin"], in: repo.origin, stdin: Data(lines.utf8)).expectSuccess()
        let clone = repo.root.appendingPathComponent("clone")
        try repo.git("clone", "-q", "--no-tags", repo.origin.path, clone.path).expectSuccess()
        try repo.write(".git/hooks/reference-transaction", try Products.installedHook("reference-transaction"), in: clone)
        try FileManager.default.setAttributes([.posixPermissions: 0o755],
                                              ofItemAtPath: clone.appendingPathComponent(".git/hooks/reference-transaction").path)
        let fetched = try repo.git("fetch", "-q", "origin", "refs/tags/*:refs/tags/*", in: clone)
        #expect(fetched.status == 0, "\(fetched)")
        #expect(try repo.git("tag", "-l", in: clone).stdout.split(separator: "\n").count == 2001)
        // pack-refs lists every tag as if it were created: still not gated.
        let packed = try repo.git("pack-refs", "--all", in: clone)
        #expect(packed.status == 0, "\(packed)")
        let gc = try repo.git("gc", "-q", in: clone)
        #expect(gc.status == 0, "\(gc)")
    }

    @Test func deletingATagPassesAndMovingAReleaseTagIsRefused() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.1")
        try repo.git("tag", "-a", "v1.2.1", "-m", "Release v1.2.1").expectSuccess()
        try repo.commit("fix: b", file: "b.txt")
        let moved = try repo.git("tag", "-f", "-a", "v1.2.1", "-m", "Release v1.2.1")
        moved.expectDiagnostic("tag/no-move", at: "refs/tags/v1.2.1", fix: "git tag -d v1.2.1")
        let deleted = try repo.git("tag", "-d", "v1.2.1")
        #expect(deleted.status == 0, "\(deleted)")
        #expect(try repo.localRef("refs/tags/v1.2.1") == nil)
    }

    /// Without the binary the gate fails open: git goes on (scenario 51).
    @Test func aMissingBinaryNeverBlocksGit() throws {
        let repo = try TemporaryRepository.withOrigin()
        let hook = try Products.installedHook("reference-transaction")
            .replacingOccurrences(of: "bin='\(Products.lockstep)'", with: "bin='/nonexistent/lockstep'")
        try repo.write(".git/hooks/reference-transaction", hook)
        let environment = ["PATH": "/usr/bin:/bin"]
        try repo.write("x.txt", "x\n")
        try repo.git(["add", "x.txt"], environment: environment).expectSuccess()
        try repo.git(["commit", "-q", "--no-verify", "-m", "fix: x"], environment: environment).expectSuccess()
        try repo.git(["tag", "v9.9.9"], environment: environment).expectSuccess()
        try repo.git(["switch", "-q", "-c", "other"], environment: environment).expectSuccess()
        try repo.git(["fetch", "-q", "origin"], environment: environment).expectSuccess()
    }

    /// Ordinary git commands never start the binary (scenario 52); `git tag` does.
    @Test func onlyGitTagStartsTheBinary() throws {
        let repo = try TemporaryRepository.withOrigin()
        let fake = repo.root.appendingPathComponent("fake-bin")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        let log = repo.root.appendingPathComponent("started.log")
        for name in ["lockstep", "lockstep-hook"] {
            let url = fake.appendingPathComponent(name)
            try Data("#!/bin/sh\necho \"$*\" >> '\(log.path)'\ncat > /dev/null\nexit 0\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        let hook = try Products.installedHook("reference-transaction")
            .replacingOccurrences(of: "bin='\(Products.lockstep)'", with: "bin='\(fake.path)/lockstep'")
        try repo.write(".git/hooks/reference-transaction", hook)
        try repo.commit("fix: a", file: "a.txt")
        try repo.git("switch", "-q", "-c", "topic").expectSuccess()
        try repo.commit("feat: b", file: "b.txt")
        try repo.git("rebase", "-q", "develop").expectSuccess()
        try repo.git("fetch", "-q", "origin", "--tags").expectSuccess()
        try repo.git("switch", "-q", "main").expectSuccess()
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.git("pack-refs", "--all").expectSuccess()
        #expect(!FileManager.default.fileExists(atPath: log.path), "the binary was started: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        try repo.git("tag", "-a", "v-test", "-m", "a test").expectSuccess()
        #expect((try? String(contentsOf: log, encoding: .utf8)) == "reference-transaction prepared\n")
    }

    @Test func aPreviousHookStillSeesEveryTransaction() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.chainRecordingHook("reference-transaction")
        try repo.commit("fix: a", file: "a.txt")
        let input = try #require(repo.recordedInput("reference-transaction"))
        #expect(String(decoding: input, as: UTF8.self).contains(" refs/heads/main\n"), "\(String(decoding: input, as: UTF8.self))")
        let refused = try repo.git("tag", "v1.2.1")
        #expect(refused.status != 0, "the gate still refuses after the previous hook passed\n\(refused)")
    }
}
