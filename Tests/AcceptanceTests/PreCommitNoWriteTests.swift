import Foundation
import Testing

/// DESIGN.md "No data loss": the hook never writes to the index, the work tree or refs, and never
/// takes `index.lock`.
@Suite struct PreCommitNoWriteTests {
    /// Files written with an old mtime, so git never finds racily-clean entries and rewrites
    /// `.git/index` on its own between two snapshots.
    private func writeOld(_ repo: TemporaryRepository, _ path: String, _ text: String) throws {
        let url = try repo.write(path, text)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: url.path)
    }

    /// A repository with a staged mismatch, a work-tree-only change, and an untracked file.
    private func messyRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release()
        try writeOld(repo, ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()
        try writeOld(repo, ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.2.0", description: "edited"))
        try writeOld(repo, "notes.txt", "untracked\n")
        try repo.git("status", "--porcelain").expectSuccess()   // let git refresh its index once
        return repo
    }

    @Test func theHookItselfChangesNothing() throws {
        let repo = try messyRepository()
        let before = try repo.state()
        let hook = repo.path.appendingPathComponent(".git/hooks/pre-commit").path
        let result = try run(hook, [], in: repo.path, environment: repo.environment.merging(["GIT_INDEX_FILE": ".git/index"]) { $1 })
        #expect(result.status == 1, "\(result)")
        result.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        let after = try repo.state()
        #expect(after == before, "before:\n\(before)\nafter:\n\(after)")
    }

    @Test(arguments: [["commit", "-m", "chore: bump"],
                      ["commit", "-a", "-m", "chore: bump"],
                      ["commit", "-m", "chore: bump", "backend/Cargo.toml"],
                      ["commit", "-i", "-m", "chore: bump", "frontend/package.json"]])
    func aRefusedCommitLeavesTheRepositoryAsItWas(_ command: [String]) throws {
        let repo = try messyRepository()
        // git itself may store a cache tree in .git/index on the first attempt; compare from the second.
        let first = try repo.git(command)
        #expect(first.status != 0, "\(first)")
        let before = try repo.state()
        let refused = try repo.git(command)
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.errorRules.contains("version/mirror-match"), "\(refused)")
        let after = try repo.state()
        #expect(after == before, "before:\n\(before)\nafter:\n\(after)")
        #expect(after.locks.isEmpty, "no lock left behind: \(after.locks)")
        #expect(after.stage.contains(try repo.gitOutput("rev-parse", ":backend/Cargo.toml")), "the staged bump is still staged")
        #expect(try String(contentsOf: repo.path.appendingPathComponent("notes.txt"), encoding: .utf8) == "untracked\n")
    }

    @Test func checkCommandsChangeNothing() throws {
        let repo = try messyRepository()
        let before = try repo.state()
        for arguments in [["check", "tree"], ["check", "tree", "--index"], ["check", "tree", "--rev", "HEAD"],
                          ["check", "versions", "--all"], ["check", "changelog", "--all"], ["check", "tree", "--format", "json"]] {
            let result = try repo.lockstep(arguments)
            result.expectNoCrash()
        }
        let after = try repo.state()
        #expect(after == before, "before:\n\(before)\nafter:\n\(after)")
    }
}
