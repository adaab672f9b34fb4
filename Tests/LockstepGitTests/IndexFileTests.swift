import Foundation
import Testing
@testable import LockstepCore
@testable import LockstepGit

/// `IndexFile` against indexes written by the real git, in every format it writes, compared with
/// what `git ls-files --stage` says they hold.
@Suite struct IndexFileTests {
    /// A repository with nested folders, a symlink, and a path longer than the 12 bits of an
    /// entry's name length (an index entry only: no file system takes such a path).
    private func populated(_ sandbox: GitSandbox) throws {
        try sandbox.makeRepository("r")
        try sandbox.write("[package]\nversion = \"1.0.0\"\n", to: "r/backend/Cargo.toml")
        try sandbox.write("{}\n", to: "r/frontend/package.json")
        try sandbox.write("# Changelog\n", to: "r/CHANGELOG.md")
        for name in ["1_a.up.sql", "1_a.down.sql", "2_b.up.sql"] {
            try sandbox.write("SELECT 1;\n", to: "r/backend/migrations/\(name)")
        }
        try sandbox.write("nested\n", to: "r/backend/migrations/old/3_c.up.sql")
        try sandbox.git("add", "-A", in: "r")
        let blob = try sandbox.git("hash-object", "-w", "CHANGELOG.md", in: "r").trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.git("update-index", "--add", "--cacheinfo", "100644,\(blob),\(String(repeating: "long/", count: 900))file", in: "r")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("r/link"), withDestinationPath: "CHANGELOG.md")
        try sandbox.git("add", "link", in: "r")
    }

    private static let paths = ["backend/Cargo.toml", "frontend/package.json", "CHANGELOG.md", "link", "missing.txt"]

    /// What git says: path → (mode, id) for the watched paths, and the listing of the folder.
    private func expected(_ sandbox: GitSandbox) throws -> ([String: LocatedEntry], [String]) {
        var entries: [String: LocatedEntry] = [:]
        var listing: [String] = []
        for line in try sandbox.git("ls-files", "--stage", in: "r").split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            let head = fields[0].split(separator: " ")
            let path = String(fields[1])
            let entry = LocatedEntry(mode: UInt32(head[0], radix: 8)!, id: ObjectID(hex: head[1])!)
            if Self.paths.contains(path) { entries[path] = entry }
            if path.hasPrefix("backend/migrations/"), !path.dropFirst(19).contains("/") { listing.append(path) }
        }
        return (entries, listing)
    }

    private func read(_ sandbox: GitSandbox) throws -> IndexFile.Found {
        let file = sandbox.path("r/.git/index")
        return try IndexFile.find(paths: Self.paths, listing: ["backend/migrations"],
                                  in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), path: file)
    }

    @Test(arguments: [2, 3, 4]) func everyFormatGitWrites(version: Int) throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        try sandbox.git("update-index", "--index-version", "\(version)", in: "r")
        if version == 3 {
            // Extended flags (format 3): a skip-worktree bit on one entry.
            try sandbox.git("update-index", "--skip-worktree", "frontend/package.json", in: "r")
        }
        let (entries, listing) = try expected(sandbox)
        let found = try read(sandbox)
        #expect(found.entries == entries)
        #expect(found.listing == listing)
        #expect(found.listing == ["backend/migrations/1_a.down.sql", "backend/migrations/1_a.up.sql", "backend/migrations/2_b.up.sql"])
        #expect(found.entries["link"]?.mode == 0o120000)
    }

    /// A watched file inside a listed folder is both found and listed, as in a commit's tree.
    @Test func aWatchedFileInAListedFolderIsListedToo() throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        let file = sandbox.path("r/.git/index")
        let found = try IndexFile.find(paths: ["backend/migrations/1_a.up.sql"], listing: ["backend/migrations"],
                                       in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), path: file)
        #expect(found.entries["backend/migrations/1_a.up.sql"] != nil)
        #expect(found.listing.contains("backend/migrations/1_a.up.sql"))
        let repository = try sandbox.open("r")
        try sandbox.git("commit", "-qm", "c1", in: "r")
        #expect(try repository.locate(.index, paths: ["backend/migrations/1_a.up.sql"], listing: ["backend/migrations"])
            == repository.locate(.revision("HEAD"), paths: ["backend/migrations/1_a.up.sql"], listing: ["backend/migrations"]))
    }

    @Test func aMissingIndexIsEmptyAndAnEmptyOneIsAnError() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let missing = try sandbox.open("r", environment: ["GIT_INDEX_FILE": sandbox.path("r/.git/no-such-index")])
        #expect(try missing.locate(.index, paths: Self.paths, listing: []) == LocatedTree(entries: [:], listing: []))
        FileManager.default.createFile(atPath: sandbox.path("r/.git/empty-index"), contents: Data())
        let empty = try sandbox.open("r", environment: ["GIT_INDEX_FILE": sandbox.path("r/.git/empty-index")])
        #expect(throws: GitError.self) { try empty.locate(.index, paths: Self.paths, listing: []) }
        #expect(empty.unsupportedShapes().contains { $0.operation == "read the index" })
    }

    @Test func intentToAddIsLeftOutAsTheCommitLeavesItOut() throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        try sandbox.write("later\n", to: "r/missing.txt")
        try sandbox.git("add", "-N", "missing.txt", in: "r")
        #expect(try sandbox.git("ls-files", in: "r").contains("missing.txt"))
        #expect(try read(sandbox).entries["missing.txt"] == nil)
    }

    @Test func conflictStagesAreNotTheFile() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("base", in: "r", file: "CHANGELOG.md")
        try sandbox.git("checkout", "-q", "-b", "other", in: "r")
        try sandbox.write("other\n", to: "r/CHANGELOG.md")
        try sandbox.git("commit", "-qam", "other", in: "r")
        try sandbox.git("checkout", "-q", "main", in: "r")
        try sandbox.write("main\n", to: "r/CHANGELOG.md")
        try sandbox.git("commit", "-qam", "main", in: "r")
        _ = try? sandbox.git("merge", "-q", "other", in: "r")
        #expect(try sandbox.git("ls-files", "--stage", "CHANGELOG.md", in: "r").split(separator: "\n").count == 3)
        #expect(try read(sandbox).entries["CHANGELOG.md"] == nil)
    }

    @Test func damagedFilesAreErrorsNeverCrashes() throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        let file = sandbox.path("r/.git/index")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        // Every truncation, and a few corruptions: each is an error or a smaller answer, never a trap.
        var damaged: [[UInt8]] = stride(from: 1, to: bytes.count, by: 7).map { Array(bytes.prefix($0)) }
        damaged.append(Array("not an index at all, just text that is long enough".utf8))
        var version = bytes
        version[7] = 9
        damaged.append(version)
        var count = bytes
        count[8] = 0x7F
        damaged.append(count)
        var errors = 0
        for candidate in damaged {
            do {
                _ = try IndexFile.find(paths: Self.paths, listing: ["backend/migrations"], in: candidate, path: file)
            } catch {
                errors += 1
                #expect(error.operation == "read the index")
            }
        }
        #expect(errors >= damaged.count - 3, "nearly every damaged copy is refused (\(errors) of \(damaged.count))")
        #expect(throws: GitError.self, "an empty file is no index (git: smaller than expected)") {
            try IndexFile.find(paths: Self.paths, listing: [], in: [], path: file)
        }
    }

    @Test func splitIndexNamesItsFix() throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        try sandbox.git("commit", "-qm", "c1", in: "r")
        try sandbox.git("update-index", "--split-index", in: "r")
        #expect { try read(sandbox) } throws: { error in
            (error as? GitError)?.fix == "git config core.splitIndex false && git update-index --no-split-index"
        }
    }

    /// A sparse index hands back its directory entries; `Repository` looks into their trees.
    @Test func sparseIndexListsItsDirectoryEntries() throws {
        let sandbox = try GitSandbox()
        try populated(sandbox)
        try sandbox.git("commit", "-qm", "c1", in: "r")
        try sandbox.git("sparse-checkout", "init", "--cone", "--sparse-index", in: "r")
        try sandbox.git("sparse-checkout", "set", "frontend", in: "r")
        let found = try read(sandbox)
        let tree = try sandbox.git("rev-parse", "HEAD:backend", in: "r").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(found.sparseDirectories.contains { $0.path == "backend/" && $0.tree == ObjectID(hex: tree) }, "\(found.sparseDirectories)")
        #expect(found.entries["backend/Cargo.toml"] == nil && found.entries["frontend/package.json"] != nil)
        let repository = try sandbox.open("r")
        let located = try repository.locate(.index, paths: Self.paths, listing: ["backend/migrations"])
        let committed = try repository.locate(.revision("HEAD"), paths: Self.paths, listing: ["backend/migrations"])
        #expect(located == committed, "the sparse index holds what HEAD holds")
        #expect(located?.listing.count == 3)
    }
}
