import LockstepCore
import LockstepSystem

/// Where git runs a repository's hooks from, and why: `core.hooksPath` when it is set (relative
/// to the top of the work tree, or to the git directory of a bare repository; `~/` is the home
/// directory), else `<common directory>/hooks`, shared by every linked worktree (HOOKS.md §1.1).
package struct HooksDirectory: Sendable, Equatable {
    /// Where a `core.hooksPath` value comes from, as `git config --show-origin --show-scope` says.
    package struct Setting: Sendable, Equatable {
        package var value: String
        /// A file, `git -c` (the environment), or an included file.
        package var origin: String
        /// system, global, local, worktree, command, or nil when only libgit2 saw it (an include).
        package var scope: String?
    }

    /// The directory git runs hooks from (absolute; may not exist).
    package let path: String
    /// `<common directory>/hooks`, where install.sh writes unless told otherwise.
    package let defaultPath: String
    /// `core.hooksPath`, when set.
    package let setting: Setting?

    /// True when git runs the hooks from the default directory (no core.hooksPath, or one naming it).
    package var isDefault: Bool { Path.normalized(path) == Path.normalized(defaultPath) }

    /// - Parameter configuredValue: `core.hooksPath` as libgit2 reads it (includes followed);
    ///   nil when libgit2 could not open the repository, in which case the files are read here.
    package static func find(in location: RepositoryLocation, configuredValue: String??,
                             environment: (String) -> String?) -> HooksDirectory {
        let defaultPath = Path.join(location.commonDirectory, "hooks")
        var setting = origin(in: location, environment: environment)
        if let configured = configuredValue {
            if let configured, configured != setting?.value {
                setting = Setting(value: configured, origin: "an included configuration file", scope: nil)
            } else if configured == nil {
                setting = nil
            }
        }
        guard let setting, !setting.value.isEmpty else {
            return HooksDirectory(path: defaultPath, defaultPath: defaultPath, setting: nil)
        }
        return HooksDirectory(path: path(hooksPath: setting.value, in: location, environment: environment),
                              defaultPath: defaultPath, setting: setting)
    }

    /// The directory a `core.hooksPath` value sends git to (nil or empty: the default one).
    package static func path(hooksPath: String?, in location: RepositoryLocation, environment: (String) -> String?) -> String {
        guard var value = hooksPath, !value.isEmpty else { return Path.join(location.commonDirectory, "hooks") }
        if value.hasPrefix("~/"), let home = environment("HOME") { value = Path.join(home, String(value.dropFirst(2))) }
        return Path.absolute(value, from: location.workTree ?? location.gitDirectory)
    }

    /// The last `core.hooksPath` in git 2.39's order: system, XDG, global, local, worktree, `git -c`.
    static func origin(in location: RepositoryLocation, environment: (String) -> String?) -> Setting? {
        var found: Setting?
        var files = GitConfigFiles.standard(for: location, environment: environment)
        if let bytes = try? FileSystem.read(GitConfigFiles.localFile(of: location), limit: 16 << 20), let local = GitConfigFile(bytes: bytes),
           let worktree = GitConfigFiles.worktreeFile(of: location, local: local) {
            files.append((worktree, "worktree"))
        }
        for (path, scope) in files {
            guard let bytes = try? FileSystem.read(path, limit: 16 << 20), let file = GitConfigFile(bytes: bytes),
                  let value = file.value("core.hookspath") else { continue }
            found = Setting(value: value ?? "", origin: path, scope: scope)
        }
        if let value = GitConfigEnvironment.entries(environment).value("core.hookspath") {
            found = Setting(value: value ?? "", origin: "git -c (GIT_CONFIG_PARAMETERS)", scope: "command")
        }
        return found
    }
}
