import LockstepSystem

/// Where a repository's git directory, common directory and work tree are, found the way git
/// finds them for a hook (GIT_DIR, GIT_WORK_TREE, else upward from the working directory),
/// without libgit2. Relative values are resolved against the starting directory; nothing chdirs.
package struct RepositoryLocation: Sendable, Equatable {
    package var gitDirectory: String
    package var commonDirectory: String
    package var workTree: String?

    package init(gitDirectory: String, commonDirectory: String, workTree: String?) {
        self.gitDirectory = gitDirectory
        self.commonDirectory = commonDirectory
        self.workTree = workTree
    }

    package static func find(from directory: String, environment: (String) -> String?) -> RepositoryLocation? {
        if let gitDir = environment("GIT_DIR"), !gitDir.isEmpty {
            let git = Path.absolute(gitDir, from: directory)
            // git runs hooks from the top of the work tree; only a bare repository's hooks run in GIT_DIR.
            let workTree = environment("GIT_WORK_TREE").map { Path.absolute($0, from: directory) }
                ?? (git == Path.normalized(directory) ? nil : Path.normalized(directory))
            return RepositoryLocation(gitDirectory: git, commonDirectory: commonDirectory(of: git), workTree: workTree)
        }
        var current = Path.normalized(directory)
        while true {
            let dotGit = Path.join(current, ".git")
            switch FileSystem.kind(of: dotGit) {
            case .directory:
                return RepositoryLocation(gitDirectory: dotGit, commonDirectory: commonDirectory(of: dotGit),
                                          workTree: environment("GIT_WORK_TREE").map { Path.absolute($0, from: directory) } ?? current)
            case .file:
                guard let git = gitFileTarget(dotGit) else { return nil }
                return RepositoryLocation(gitDirectory: git, commonDirectory: commonDirectory(of: git), workTree: current)
            default:
                if FileSystem.exists(Path.join(current, "HEAD")), FileSystem.isDirectory(Path.join(current, "objects")),
                   FileSystem.isDirectory(Path.join(current, "refs")) {
                    return RepositoryLocation(gitDirectory: current, commonDirectory: commonDirectory(of: current), workTree: nil)
                }
            }
            if current == "/" { return nil }
            current = Path.parent(current)
        }
    }

    /// A `.git` file (linked worktree, submodule): `gitdir: <path>`, relative to the file's folder.
    private static func gitFileTarget(_ file: String) -> String? {
        guard let bytes = try? FileSystem.read(file, limit: 4096) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("gitdir: ") else { return nil }
        let target = text.dropFirst(8).prefix { $0 != "\n" && $0 != "\r" }
        return Path.absolute(String(target), from: Path.parent(file))
    }

    /// A linked worktree's git directory names the shared one in its `commondir` file.
    private static func commonDirectory(of gitDirectory: String) -> String {
        guard let bytes = try? FileSystem.read(Path.join(gitDirectory, "commondir"), limit: 4096) else { return gitDirectory }
        let target = String(decoding: bytes, as: UTF8.self).prefix { $0 != "\n" && $0 != "\r" }
        return target.isEmpty ? gitDirectory : Path.absolute(String(target), from: gitDirectory)
    }
}
