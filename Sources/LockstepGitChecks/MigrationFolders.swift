import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// What `check migrations` compares: the migrations folder at the previous release (the highest
/// release tag in HEAD's history, or `--since REV`) and in the work tree.
package struct MigrationFolders: Sendable {
    /// The revision the baseline was read from, for messages (`v1.2.0`, or REV as given).
    package let since: String?
    package let released: [SqlxMigration]
    package let current: [SqlxMigration]
    /// The migrations folder, relative to the work tree.
    package let path: String

    package static func read(since: String?, configPath: String?) throws(CheckFailure) -> (MigrationFolders, Config) {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        guard let root = repository.workDirectory else { throw CheckFailure.usage("a bare repository has no migrations folder to run") }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: root)
        let folder = config.migration.path
        var baseline = since
        if baseline == nil {
            baseline = try reading { () throws(GitError) in try ReleaseTagHistory.highest(in: repository, before: "HEAD", prefix: config.version.tagPrefix)?.name }
        }
        var released: [(name: String, sql: [UInt8])] = []
        if let baseline {
            let revision = since == nil ? "refs/tags/" + baseline : baseline
            let snapshot = try reading { () throws(GitError) -> TreeSnapshot? in
                guard let listed = try repository.locate(.revision(revision), paths: [], listing: [folder]),
                      let located = try repository.locate(.revision(revision), paths: listed.listing, listing: []) else { return nil }
                return try repository.load(located)
            }
            guard let snapshot else { throw CheckFailure.usage("\(baseline) names no commit", fix: "give --since a tag, branch or commit") }
            released = snapshot.entries.compactMap { path, entry in
                guard case .file(let bytes) = entry else { return nil }
                return (Path.lastComponent(path), bytes)
            }
        }
        var current: [(name: String, sql: [UInt8])] = []
        let directory = Path.join(root, folder)
        for name in FileSystem.names(in: directory) where FileSystem.kind(of: Path.join(directory, name)) == .file {
            do throws(SystemError) {
                current.append((name, try FileSystem.read(Path.join(directory, name), limit: maximumReadableFileSize + 1) ?? []))
            } catch {
                throw CheckFailure.unreadable(Path.join(folder, name), error.reason)
            }
        }
        func parsed(_ files: [(name: String, sql: [UInt8])], at place: String) throws(CheckFailure) -> [SqlxMigration] {
            switch SqlxMigration.folder(files) {
            case .success(let migrations): return migrations
            case .failure(let bad):
                throw CheckFailure(.ruleFailed, Diagnostic("migration/name", "\(bad.fileName)\(place): `\(bad.version)` is not a 64-bit version number: `sqlx migrate run` stops on it",
                                                          fix: "rename it VERSION_DESCRIPTION.sql, with a version that fits in 64 bits (lockstep migration new NAME picks one)", file: Path.join(folder, bad.fileName)))
            }
        }
        return (MigrationFolders(since: baseline, released: try parsed(released, at: " at \(baseline ?? "")"), current: try parsed(current, at: ""),
                                 path: folder), config)
    }
}
