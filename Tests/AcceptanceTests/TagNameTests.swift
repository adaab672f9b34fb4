import Foundation
import Testing

/// Tag names (issue 10 item 6): a name that states a version but is not `v` + SemVer is refused
/// on every path with the right name in the fix; a tag without a version is "not a release tag".
@Suite struct TagNameTests {
    static let misnamed = ["1.2.1": "v1.2.1", "V1.2.1": "v1.2.1", "vv1.2.1": "v1.2.1", "release-1.2.1": "v1.2.1",
                           "version-1.2.1": "v1.2.1", "v.1.2.1": "v1.2.1", "v1.2": "v1.2.0", "rel-1.3.0-rc.1": "v1.3.0-rc.1",
                           // Release candidates written the way other tools number them, as `release prepare` does.
                           "v1.2.1rc1": "v1.2.1-rc.1", "v1.2.1_rc1": "v1.2.1-rc.1", "v1.2.1-rc.01": "v1.2.1-rc.1",
                           "v1.2.1-beta_2": "v1.2.1-beta.2"]

    /// A repository on origin with a release commit for 1.2.1 (a fix since v1.2.0), tagged `name` without hooks.
    private func tagged(_ name: String, server: Bool = false) throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withOrigin()
        if server { try repo.installServerHook() }
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.1")
        try repo.git("push", "-q", "--no-verify", "origin", "main").expectSuccess()
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", name, "-m", "Release \(name)").expectSuccess()
        return repo
    }

    @Test(arguments: misnamed.sorted { $0.key < $1.key })
    func checkTagRefusesAVersionLikeName(_ name: String, _ right: String) throws {
        let repo = try tagged(name)
        let result = try repo.lockstep("check", "tag", name)
        #expect(result.status == 1, "\(result)")
        result.expectDiagnostic("tag/name-semver", at: "refs/tags/\(name)", fix: "name it `\(right)`: `git tag -a \(right) -m \"Release \(right)\"")
        // The suggested name is itself a release tag that passes (where it is the release commit's version).
        if right == "v1.2.1" {
            try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", right, "-m", "Release \(right)", "\(name)^{}").expectSuccess()
            let fixed = try repo.lockstep("check", "tag", right)
            #expect(fixed.status == 0 && fixed.stderr.contains("all pass"), "\(fixed)")
        }
    }

    @Test func thePrePushHookAndTheGateRefuseAMisnamedTag() throws {
        let repo = try tagged("release-1.2.1")
        let refused = try repo.git("push", "origin", "release-1.2.1")
        refused.expectPushRefused("tag/name-semver")
        #expect(refused.stderr.contains("name it `v1.2.1`"), "\(refused)")
        #expect(try repo.originRef("refs/tags/release-1.2.1") == nil)

        let gate = try repo.git("tag", "-a", "1.2.1", "-m", "Release 1.2.1")
        #expect(gate.status != 0, "\(gate)")
        #expect(gate.stderr.contains("error[tag/name-semver]") && gate.stderr.contains("name it `v1.2.1`"), "\(gate)")
        #expect(try repo.localRef("refs/tags/1.2.1") == nil)
    }

    @Test func thePreReceiveHookRefusesAMisnamedTag() throws {
        let repo = try tagged("V1.2.1", server: true)
        let result = try repo.git("push", "--no-verify", "origin", "V1.2.1")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("remote: error[tag/name-semver]"), "\(result)")
        #expect(try repo.originRef("refs/tags/V1.2.1") == nil)
    }

    @Test func checkCIRefusesAMisnamedTagAndSaysWhenATagIsNoRelease() throws {
        let repo = try tagged("vv1.2.1")
        let head = try repo.gitOutput("rev-parse", "HEAD")
        func environment(_ tag: String) -> [String: String] {
            ["GITLAB_CI": "true", "CI_COMMIT_TAG": tag, "CI_COMMIT_SHA": head]
        }
        let refused = try repo.lockstep(["check", "ci"], environment: environment("vv1.2.1"))
        #expect(refused.status == 1 && refused.errorRules == ["tag/name-semver"], "\(refused)")

        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "latest").expectSuccess()
        let other = try repo.lockstep(["check", "ci"], environment: environment("latest"))
        #expect(other.status == 0, "\(other)")
        #expect(other.stderr.contains("tag latest (not a release tag"), "\(other)")
        #expect(!other.stderr.contains("all pass"), "\(other)")
    }

    @Test func tagsWithoutAVersionAreNotReleaseTags() throws {
        let repo = try tagged("v1.2.1")
        for name in ["latest", "deploy-2025", "v-tmp"] {
            let created = try repo.git("tag", name)
            #expect(created.status == 0, "\(name)\n\(created)")
            let checked = try repo.lockstep("check", "tag", name)
            #expect(checked.status == 0, "\(checked)")
            #expect(checked.stderr.contains("tag \(name): not a release tag"), "\(checked)")
            #expect(!checked.stderr.contains("all pass"), "\(checked)")
        }
        let pushed = try repo.git("push", "origin", "latest", "deploy-2025")
        #expect(pushed.status == 0, "\(pushed)")
    }

    @Test func aNamespacedPrefixJudgesItsOwnTagsOnly() throws {
        let repo = try TemporaryRepository.withOrigin(config: "[version]\ntag-prefix = \"backend/v\"\n")
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.1")
        let good = try repo.git("tag", "-a", "backend/v1.2.1", "-m", "Release backend/v1.2.1")
        #expect(good.status == 0, "\(good)")
        let other = try repo.git("tag", "-a", "frontend/v3.0.0", "-m", "another component")
        #expect(other.status == 0, "\(other)")
        let wrong = try repo.git("tag", "-a", "backend/1.2.1", "-m", "Release")
        #expect(wrong.status != 0 && wrong.stderr.contains("name it `backend/v1.2.1`"), "\(wrong)")
    }
}
