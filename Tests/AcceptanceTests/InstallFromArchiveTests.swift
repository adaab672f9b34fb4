import Foundation
import Testing

/// install.sh with a release archive: run from the unpacked archive it installs the executables
/// the archive ships and builds nothing; `--from FILE|URL` checks the archive's SHA-256 before it
/// writes anything. The archive here holds the test build's executables, laid out as
/// scripts/package lays out the real one (scripts/test-package tests that one, statically linked).
@Suite struct InstallFromArchiveTests {
    /// `lockstep-9.9.9-test-linux.tar.gz` and its SHA256SUMS in a folder of their own.
    struct Archive {
        let folder: URL
        let name = "lockstep-9.9.9-test-linux"
        var file: URL { folder.appendingPathComponent("\(name).tar.gz") }
        var unpacked: URL { folder.appendingPathComponent("unpacked/\(name)") }

        init(in root: URL) throws {
            folder = root.appendingPathComponent("release")
            let top = folder.appendingPathComponent("stage/\(name)")
            let bin = top.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            for executable in ["lockstep", "lockstep-hook", "lockstep-cli"] {
                try FileManager.default.copyItem(at: Products.directory.appendingPathComponent(executable),
                                                 to: bin.appendingPathComponent(executable))
            }
            try FileManager.default.copyItem(at: InstallScript.wrappers, to: top.appendingPathComponent("hooks"))
            try FileManager.default.copyItem(atPath: InstallScript.path, toPath: top.appendingPathComponent("install.sh").path)
            let environment = ProcessInfo.processInfo.environment
            try run("/bin/sh", ["-c", "tar -czf \(name).tar.gz -C stage \(name) && sha256sum \(name).tar.gz > SHA256SUMS"],
                    in: folder, environment: environment).expectSuccess()
            try FileManager.default.createDirectory(at: unpacked.deletingLastPathComponent(), withIntermediateDirectories: true)
            try run("/bin/sh", ["-c", "tar -xzf \(name).tar.gz -C unpacked"], in: folder, environment: environment).expectSuccess()
        }
    }

    /// PATH with git and a shell but neither swift nor swiftc.
    static let pathWithoutSwift = "/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin"

    func install(_ arguments: [String], script: String = InstallScript.path, repo: TemporaryRepository) throws -> RunResult {
        try run("/bin/sh", [script] + arguments, in: repo.path, environment: repo.environment.merging(["PATH": Self.pathWithoutSwift]) { $1 })
    }

    @Test func theUnpackedArchiveInstallsItsExecutablesWithoutSwift() throws {
        let repo = try TemporaryRepository(hook: false)
        let archive = try Archive(in: repo.root)
        let prefix = repo.root.appendingPathComponent("prefix/bin")
        let result = try install(["--prefix", prefix.path], script: archive.unpacked.appendingPathComponent("install.sh").path, repo: repo)
        try result.expectSuccess()
        #expect(!result.output.contains("building"), "\(result)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("lockstep-hook").path))
        let refused = try repo.git("commit", "--allow-empty", "-m", "bad message")
        #expect(refused.status != 0 && refused.stderr.contains("commit/header-format"), "\(refused)")
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: a good message").expectSuccess()
    }

    @Test func fromAPathOrAFileURLIsCheckedAgainstSHA256SUMS() throws {
        let repo = try TemporaryRepository(hook: false)
        let archive = try Archive(in: repo.root)
        let prefix = repo.root.appendingPathComponent("from-path/bin")
        let result = try install(["--from", archive.file.path, "--prefix", prefix.path], repo: repo)
        try result.expectSuccess()
        #expect(result.stdout.contains("matches \(archive.folder.path)/SHA256SUMS"), "\(result)")
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("commit-msg"), calls: prefix.appendingPathComponent("lockstep").path)

        let other = repo.root.appendingPathComponent("from-url/bin")
        try install(["--from", "file://\(archive.file.path)", "--no-hooks", "--prefix", other.path], repo: repo).expectSuccess()
        #expect(FileManager.default.isExecutableFile(atPath: other.appendingPathComponent("lockstep").path))
    }

    @Test func aWrongChecksumWritesNothing() throws {
        let repo = try TemporaryRepository(hook: false)
        let archive = try Archive(in: repo.root)
        let before = DirectorySnapshot(repo.hooksURL)
        let prefix = repo.root.appendingPathComponent("refused/bin")
        let wrong = String(repeating: "0", count: 64)
        let result = try install(["--from", archive.file.path, "--sha256", wrong, "--prefix", prefix.path], repo: repo)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("nothing was installed"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: prefix.deletingLastPathComponent().path))
        #expect(DirectorySnapshot(repo.hooksURL) == before)

        // An archive changed after its SHA256SUMS was written.
        let handle = try FileHandle(forWritingTo: archive.file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0]))
        try handle.close()
        let tampered = try install(["--from", archive.file.path, "--prefix", prefix.path], repo: repo)
        #expect(tampered.status == 3, "\(tampered)")
        #expect(!FileManager.default.fileExists(atPath: prefix.deletingLastPathComponent().path))
        #expect(DirectorySnapshot(repo.hooksURL) == before)
    }

    @Test func fromExcludesOptionsThatInstallNoArchive() throws {
        let repo = try TemporaryRepository(hook: false)
        for arguments in [["--from", "x.tar.gz", "--check"], ["--from", "x.tar.gz", "--no-build"], ["--sha256", "abc"], ["--from"]] {
            let result = try install(arguments, repo: repo)
            #expect(result.status == 2, "\(arguments): \(result)")
        }
    }
}
