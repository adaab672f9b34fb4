import Foundation
import Testing

/// `.lockstep.toml` at the top of the work tree changes the rules; a broken one stops every
/// commit with its file, line and the closest valid key (DESIGN.md "Config").
@Suite struct ConfigFileTests {
    @Test func configuredTypesReplaceTheDefaults() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", "deploy: x", environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)

        let refused = try repo.git("commit", "--allow-empty", "-m", "feat: x")
        refused.expectRejection(rule: "commit/type-enum", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "feat: x", fix: "deploy")
        #expect(try repo.commitCount() == 2)
    }

    @Test func misspeltKeyRefusesEveryCommit() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "# team settings\n[commit]\ntypse = [\"deploy\"]\n")
        let result = try repo.git("commit", "--allow-empty", "-m", "feat: x")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains(".lockstep.toml:3"), "the file and line are named\n\(result)")
        #expect(result.stderr.contains("typse"), "\(result)")
        #expect(result.stderr.contains("did you mean `types`"), "\(result)")
        #expect(try repo.commitCount() == 1)
        result.expectNoColour()

        let file = try repo.messageFile("feat: x\n")
        let check = try repo.lockstep("check", "message", file.path)
        #expect(check.status == 2, "a configuration error is exit status 2\n\(check)")
        #expect(check.output.contains(".lockstep.toml:3"), "\(check)")
    }

    @Test func configIsFoundFromASubdirectory() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let backend = repo.path.appendingPathComponent("backend")
        try repo.write("backend/main.rs", "fn main() {}\n")
        let file = try repo.messageFile("deploy: x\n")
        let check = try repo.lockstep("check", "message", file.path, in: backend)
        #expect(check.status == 0, "\(check)")
        let commit = try repo.git("commit", "-q", "--allow-empty", "-m", "deploy: x", in: backend, environment: probe())
        #expect(commit.status == 0, "\(commit)")
        commit.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    @Test func explicitConfigFile() throws {
        let repo = try TemporaryRepository()
        let config = try repo.write("other.toml", "[commit]\nheader-max-length = 10\n", in: repo.root)
        let file = try repo.messageFile("feat: a long header\n")
        let result = try repo.lockstep("check", "message", "--config", config.path, file.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.output.contains("error[commit/header-max-length]"), "\(result)")
        #expect(result.output.contains("\(file.path):1:11"), "\(result)")
        let missing = try repo.lockstep("check", "message", "--config", repo.root.appendingPathComponent("nope.toml").path,
                                        file.path)
        #expect(missing.status == 3, "an explicit config that cannot be read\n\(missing)")
        #expect(missing.output.contains("nope.toml"), "\(missing)")
    }
}
