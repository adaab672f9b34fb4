import LockstepCore
import LockstepSystem

/// Reads a tree snapshot from the work tree, as `check tree --worktree` judges it. Links are
/// reported, never followed; files over the size limit are measured, not read.
package enum WorkTreeReader {
    package static func snapshot(root: String, paths: [String], listing folders: [String]) throws(CheckFailure) -> TreeSnapshot {
        var snapshot = TreeSnapshot()
        for path in paths {
            let full = Path.join(root, path)
            switch FileSystem.kind(of: full) {
            case .symlink?:
                snapshot.entries[path] = .symlink(target: FileSystem.linkTarget(full) ?? "?")
            case .file?:
                let size = FileSystem.size(of: full) ?? 0
                if size > maximumReadableFileSize {
                    snapshot.entries[path] = .tooLarge(size: size)
                    continue
                }
                do {
                    if let bytes = try FileSystem.read(full, limit: maximumReadableFileSize + 1) {
                        snapshot.entries[path] = .file(bytes)
                    }
                } catch {
                    throw CheckFailure.unreadable(path, error.reason)
                }
            case .directory?:
                if FileSystem.exists(Path.join(full, ".git")) { snapshot.entries[path] = .submodule }
            case .other?, nil:
                continue
            }
        }
        for folder in folders {
            for name in FileSystem.names(in: Path.join(root, folder)).sorted()
            where FileSystem.kind(of: Path.join(root, folder + "/" + name)) == .file {
                snapshot.listing.append(folder + "/" + name)
            }
        }
        return snapshot
    }
}
