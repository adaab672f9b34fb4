import LockstepCore
import LockstepSystem

/// The fast reader: parses git's configuration files itself (system, global, XDG, local,
/// worktree) and the environment. A file using `[include]`/`[includeIf]` is left to libgit2.
package struct FileGitSettingsReader: GitSettingsReader {
    package init() {}

    package func settings(for repository: RepositoryLocation?, environment: (String) -> String?) throws(CheckFailure) -> GitSettings? {
        var layers: [GitConfigFile] = []
        for (path, _) in GitConfigFiles.standard(for: repository, environment: environment) {
            let bytes: [UInt8]?
            do { bytes = try FileSystem.read(path, limit: 16 << 20) } catch { continue }  // git skips unreadable files too
            guard let bytes else { continue }
            guard let file = GitConfigFile(bytes: bytes), !file.hasIncludes else { return nil }
            layers.append(file)
            if let repository, path == GitConfigFiles.localFile(of: repository),
               let worktree = GitConfigFiles.worktreeFile(of: repository, local: file),
               let bytes = try? FileSystem.read(worktree, limit: 16 << 20) {
                guard let file = GitConfigFile(bytes: bytes), !file.hasIncludes else { return nil }
                layers.append(file)
            }
        }
        layers.append(GitConfigEnvironment.entries(environment))
        return GitSettings(layers: layers)
    }
}
