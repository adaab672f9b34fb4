import Foundation
import Testing

/// All or nothing: whatever fails while the files are written, each file is the old one or the
/// new one, never half, and no temporary file is left behind.
@Suite(.serialized) struct PrepareFailureTests {
    /// The release files' paths and their bytes before the run.
    private func releaseFiles(_ repo: TemporaryRepository) throws -> [String: Data] {
        try repo.workTreeFiles().filter { !$0.key.hasPrefix("src") && $0.key != "README.md" }
    }

    /// Nothing but the release files and git's own in the work tree: no `.name.lockstep-*` left.
    private func expectNothingLeftBehind(_ repo: TemporaryRepository, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let untracked = try repo.gitOutput("status", "--porcelain", "--untracked-files=all", "--ignored")
            .split(separator: "\n").filter { $0.hasPrefix("??") || $0.hasPrefix("!!") }
        #expect(untracked.isEmpty, "\(untracked)", sourceLocation: sourceLocation)
    }

    @Test func aReadOnlyFileStopsTheRunBeforeAnyFileChanges() throws {
        let repo = try TemporaryRepository.preparable()
        let before = try releaseFiles(repo)
        let target = repo.path.appendingPathComponent("frontend/package.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
        let result = try repo.lockstep("release", "prepare", "1.3.0")
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("frontend/package.json: Permission denied") && result.stderr.contains("no file was changed"), "\(result)")
        #expect(try releaseFiles(repo) == before)
        try expectNothingLeftBehind(repo)
        // The fix, pasted, clears the way.
        #expect(result.stderr.contains("lockstep: fix: make it writable: `chmod u+w frontend/package.json`, then run `lockstep release prepare 1.3.0` again"), "\(result)")
        #expect(try repo.paste("chmod u+w frontend/package.json").status == 0)
        #expect(try repo.lockstep("release", "prepare", "1.3.0").status == 0)
    }

    @Test func anImmutableFileIsPutBackWithTheOthers() throws {
        let repo = try TemporaryRepository.preparable()
        let before = try releaseFiles(repo)
        // The last file replaced (paths are sorted): the four before it are put back.
        let target = repo.path.appendingPathComponent("frontend/package.json").path
        guard try run("chattr", ["+i", target], in: repo.path, environment: repo.environment).status == 0 else { return }
        defer { _ = try? run("chattr", ["-i", target], in: repo.path, environment: repo.environment) }
        let result = try repo.lockstep("release", "prepare", "1.3.0")
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("Operation not permitted"), "\(result)")
        #expect(result.stderr.contains("put back as they were: CHANGELOG.md, backend/Cargo.lock, backend/Cargo.toml, deploy/compose.yml, frontend/package-lock.json"), "\(result)")
        #expect(try releaseFiles(repo) == before)
        try expectNothingLeftBehind(repo)
    }

    @Test func aMalformedLockFileIsReportedAndNothingIsWritten() throws {
        let repo = try TemporaryRepository.preparable(extraFiles: ["backend/Cargo.lock": "version = 3\n\n[[package]]\nname = \"api\nversion = \"1.2.0\"\n"])
        let before = try releaseFiles(repo)
        let result = try repo.lockstep("release", "prepare", "1.3.0")
        #expect(result.status == 1, "\(result)")
        result.expectDiagnostic("release/prepare", at: "backend/Cargo.lock:4:12", message: "not valid TOML")
        #expect(result.stderr.contains("nothing was written"), "\(result)")
        #expect(try releaseFiles(repo) == before)
    }

    @Test func aFullDiskChangesNoFile() throws {
        let repo = try TemporaryRepository.preparable()
        let disk = repo.root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard try run("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path], in: repo.root, environment: repo.environment).status == 0 else { return }
        defer { _ = try? run("umount", [disk.path], in: repo.root, environment: repo.environment) }
        let clone = disk.appendingPathComponent("clone")
        try repo.git("clone", "-q", "--no-hardlinks", repo.path.path, clone.path).expectSuccess()
        try repo.git("-C", clone.path, "fetch", "-q", "origin", "refs/tags/*:refs/tags/*").expectSuccess()
        // A changelog too large for what is left: the new copy of it cannot be written.
        let entries = (1...3000).map { "- Entry \($0) of a long release (#\($0))" }.joined(separator: "\n")
        try repo.write("CHANGELOG.md", PrepareFiles.changelog(unreleased: ["### Added", entries]), in: clone)
        try repo.git("-C", clone.path, "commit", "-q", "--no-verify", "-am", "docs: a long changelog").expectSuccess()
        let filler = try run("dd", ["if=/dev/zero", "of=\(disk.path)/filler", "bs=4k"], in: repo.root, environment: repo.environment)
        #expect(filler.status != 0, "the filler should fill the disk")
        let before = try repo.gitOutput("--no-optional-locks", "-C", clone.path, "status", "--porcelain", "--untracked-files=all")
        let result = try repo.lockstep(["-C", clone.path, "release", "prepare", "1.3.0"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("No space left on device") && result.stderr.contains("no file was changed"), "\(result)")
        #expect(try repo.gitOutput("--no-optional-locks", "-C", clone.path, "status", "--porcelain", "--untracked-files=all") == before)
        #expect(before == "")
    }

    @Test func killedBetweenTwoRenamesEachFileIsOldOrNewAndNothingIsLeft() throws {
        let repo = try TemporaryRepository.preparable()
        let before = try releaseFiles(repo)
        try repo.lockstep("release", "prepare", "1.3.0", "--date", "2025-12-01").expectSuccess()
        let after = try releaseFiles(repo)
        try repo.git("checkout", "--", ".").expectSuccess()
        // strace kills the process as it names the second file: the first is renamed, the rest not.
        let killed = try run("strace", ["-f", "-o", "/dev/null", "-e", "trace=linkat",
                                        "-e", "inject=linkat:error=EIO:signal=SIGKILL:when=2",
                                        Products.lockstepCLI, "release", "prepare", "1.3.0", "--date", "2025-12-01"],
                             in: repo.path, environment: repo.environment)
        guard !killed.stderr.contains("strace: ") || killed.status != 1 else { return }
        #expect(killed.status != 0, "\(killed)")
        let now = try releaseFiles(repo)
        var changed = 0
        for (path, bytes) in now {
            #expect(bytes == before[path] || bytes == after[path], "\(path) is neither the old nor the new text")
            if bytes != before[path] { changed += 1 }
        }
        #expect(changed == 1, "\(killed)")
        try expectNothingLeftBehind(repo)
        // Running it again finishes the release.
        try repo.lockstep("release", "prepare", "1.3.0", "--date", "2025-12-01").expectSuccess()
        #expect(try releaseFiles(repo) == after)
    }
}
