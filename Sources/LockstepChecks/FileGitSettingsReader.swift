import LockstepCore
import LockstepSystem

/// The fast reader: parses git's configuration files itself (system, global, XDG, local,
/// worktree) and the environment. A file using `[include]`/`[includeIf]` is left to libgit2.
package struct FileGitSettingsReader: GitSettingsReader {
    package init() {}

    package func settings(for repository: RepositoryLocation?, environment: (String) -> String?) throws(CheckFailure) -> GitSettings? {
        var layers: [GitConfigFile] = []
        for path in Self.files(for: repository, environment: environment) {
            let bytes: [UInt8]?
            do { bytes = try FileSystem.read(path, limit: 16 << 20) } catch { continue }  // git skips unreadable files too
            guard let bytes else { continue }
            guard let file = GitConfigFile(bytes: bytes), !file.hasIncludes else { return nil }
            layers.append(file)
            if path.hasSuffix("/config"), let repository, path == Path.join(repository.commonDirectory, "config"),
               (file.value("extensions.worktreeconfig") ?? nil)?.lowercased() == "true" {
                let worktree = Path.join(repository.gitDirectory, "config.worktree")
                if let bytes = try? FileSystem.read(worktree, limit: 16 << 20) {
                    guard let file = GitConfigFile(bytes: bytes), !file.hasIncludes else { return nil }
                    layers.append(file)
                }
            }
        }
        layers.append(GitConfigEnvironment.entries(environment))
        return GitSettings(layers: layers)
    }

    /// git 2.39's configuration files, lowest precedence first (config.c `do_git_config_sequence`).
    static func files(for repository: RepositoryLocation?, environment: (String) -> String?) -> [String] {
        var files: [String] = []
        let noSystem = ["1", "true", "yes", "on"].contains(environment("GIT_CONFIG_NOSYSTEM")?.lowercased() ?? "")
        if !noSystem { files.append(environment("GIT_CONFIG_SYSTEM") ?? "/etc/gitconfig") }
        if let global = environment("GIT_CONFIG_GLOBAL") {
            files.append(global)
        } else {
            let home = environment("HOME")
            if let xdg = environment("XDG_CONFIG_HOME"), !xdg.isEmpty {
                files.append(Path.join(xdg, "git/config"))
            } else if let home {
                files.append(Path.join(home, ".config/git/config"))
            }
            if let home { files.append(Path.join(home, ".gitconfig")) }
        }
        if let repository { files.append(Path.join(repository.commonDirectory, "config")) }
        return files.filter { !$0.isEmpty && $0 != "/dev/null" }
    }
}
