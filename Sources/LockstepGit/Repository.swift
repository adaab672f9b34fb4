internal import CLibgit2
import LockstepCore
import LockstepSystem

/// A git repository opened the way git opens it for a hook or a shell, through libgit2 1.5.1.
///
/// It owns the `git_repository *`; no libgit2 type leaves the module. Not `Sendable`: use one
/// per thread.
package final class Repository {
    let handle: OpaquePointer
    /// The object database (quarantine and alternates included), held for the life of `handle`.
    let objects: OpaquePointer
    /// The configuration git would read (see `configString`), held for the life of `handle`.
    let config: OpaquePointer
    let commandLineConfig: GitConfigFile
    /// Commits listed in `$GIT_COMMON_DIR/shallow`: git treats them as having no parents.
    let shallowCommits: Set<ObjectID>
    /// Where objects live (main directory, then alternates), for counting packed objects.
    let objectDirectories: [String]

    /// The repository's own git directory (`…/.git/worktrees/<name>` in a linked worktree),
    /// absolute, without a trailing slash.
    package let gitDirectory: String
    /// The directory shared by every worktree (`…/.git`), absolute, without a trailing slash.
    package let commonDirectory: String
    /// The top of the work tree, absolute, without a trailing slash; nil for a bare repository.
    package let workDirectory: String?
    /// The index git would read: `GIT_INDEX_FILE` (e.g. `index.lock` during `git commit -a`)
    /// or `<gitDirectory>/index`, read by `IndexFile` when a check needs it.
    package let indexFile: String

    /// Opens the repository like git does for a hook or a shell started in `directory`
    /// (default: the current directory), reading git's variables from `environment`:
    ///
    /// - `GIT_DIR` opens that git directory; otherwise git's discovery runs upward from the
    ///   directory, stopping at `GIT_CEILING_DIRECTORIES` and file-system boundaries (unless
    ///   `GIT_DISCOVERY_ACROSS_FILESYSTEM`).
    /// - `GIT_WORK_TREE` sets the work tree. With `GIT_DIR` and neither `GIT_WORK_TREE` nor
    ///   `core.worktree` nor `core.bare=true`, the directory itself is the top, as in git.
    /// - `GIT_INDEX_FILE` names the index (see `indexFile`).
    /// - `GIT_OBJECT_DIRECTORY` and `GIT_ALTERNATE_OBJECT_DIRECTORIES` replace and extend the
    ///   object store, so pre-receive sees the pushed objects in its quarantine.
    /// - `HOME`, `XDG_CONFIG_HOME`, `GIT_CONFIG_NOSYSTEM`, `GIT_CONFIG_SYSTEM`,
    ///   `GIT_CONFIG_GLOBAL`, `GIT_CONFIG_PARAMETERS`, `GIT_CONFIG_COUNT` decide the configuration.
    ///
    /// Relative values are resolved against the directory; the process never changes directory.
    /// `extensions.worktreeConfig` repositories open (libgit2 1.5.1 refuses them by default).
    /// `GIT_NAMESPACE` is ignored, as git ignores it outside upload-pack and receive-pack.
    ///
    /// Throws `.notARepository`, `.unsupportedRepository` (SHA-256, another owner without
    /// `safe.directory`, `GIT_COMMON_DIR`) with a fix, or `.failure`.
    package init(discoveringFrom directory: String? = nil, environment: [String: String]) throws(GitError) {
        try Libgit2.ensureReady()
        guard let current = FileSystem.currentDirectory() else {
            throw GitError(.failure, operation: "open repository", message: "the current directory no longer exists")
        }
        let start = directory.map { Path.resolved($0, against: current) } ?? current
        let opened = try Opening(GitEnvironment(environment, startDirectory: start))
        handle = opened.handle
        objects = opened.objects
        config = opened.config
        commandLineConfig = opened.commandLineConfig
        shallowCommits = opened.shallowCommits
        gitDirectory = opened.gitDirectory
        commonDirectory = opened.commonDirectory
        workDirectory = opened.workDirectory
        indexFile = opened.indexFile
        objectDirectories = opened.objectDirectories
    }

    deinit {
        git_config_free(config)
        git_odb_free(objects)
        git_repository_free(handle)
    }

    /// True in a shallow clone (`git clone --depth N`, CI checkouts): history stops at the
    /// commits listed in `$GIT_COMMON_DIR/shallow`.
    package var isShallow: Bool { !shallowCommits.isEmpty }

    /// True when HEAD names a branch without commits (a new repository); false when HEAD
    /// points at a commit or cannot be read.
    package var isHeadUnborn: Bool { git_repository_head_unborn(handle) == 1 }
}
