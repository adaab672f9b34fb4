import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// The repository, configuration and changelog the `release` commands read: the changelog of the
/// work tree, or of a commit (`--rev v1.3.0`, as a tag pipeline releases what it tagged).
package struct ReleaseFiles {
    package let repository: Repository
    package let config: Config
    package let changelog: Changelog
    /// The work tree's top folder, when there is one: its name stands for the project by default.
    package var workTree: String? { repository.workDirectory }

    package static func open(configPath: String?, revision: String?) throws(CheckFailure) -> ReleaseFiles {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
        let path = config.changelog.path
        let state: ReleaseState
        if let revision {
            let facts = RefFacts(repository: repository, config: config)
            state = try reading { () throws(GitError) in try facts.releaseInput(at: try repository.commitID(of: revision)).current }
        } else {
            guard let root = repository.workDirectory else {
                throw CheckFailure.usage("a bare repository has no work tree to read \(path) from", fix: "name a commit with --rev, e.g. --rev HEAD")
            }
            let tree = try WorkTreeReader.snapshot(root: root, paths: [path], listing: [])
            state = ReleaseState(tree: tree, config: config)
        }
        if let problem = state.changelogProblem { throw CheckFailure(.unreadable, problem) }
        guard let changelog = state.changelog else {
            throw CheckFailure.unreadable(path, "no such file\(revision.map { " at \($0)" } ?? "")",
                                          fix: "release notes are drawn from \(path); set `changelog.path` if it lives elsewhere")
        }
        if changelog.isBinary { throw CheckFailure.unreadable(path, "not UTF-8 text (it holds NUL bytes)") }
        return ReleaseFiles(repository: repository, config: config, changelog: changelog)
    }

    /// The section `selection` names, or a failure (exit 1) that lists the sections there are.
    package func notes(_ selection: ReleaseNotes.Selection) throws(CheckFailure) -> ReleaseNotes {
        var selection = selection
        // A tag name with the configured prefix (`release-1.3.0`) names its version too.
        let prefix = config.version.tagPrefix
        if case .version(let text) = selection, !prefix.isEmpty, text.hasPrefix(prefix),
           let next = text.dropFirst(prefix.count).first, ("0"..."9").contains(next) {
            selection = .version(String(text.dropFirst(prefix.count)))
        }
        if let notes = ReleaseNotes(changelog, selection) { return notes }
        let path = config.changelog.path
        let versions = changelog.sections.filter { $0.heading.looksLikeVersion && !$0.isUnreleased }.prefix(5).map(\.heading.version)
        let what: String
        switch selection {
        case .version(let version): what = "no section for \(version)"
        case .latest: what = "no release section"
        case .unreleased: what = "no `## [Unreleased]` section"
        }
        let fix = versions.isEmpty ? "add a `## [X.Y.Z] - YYYY-MM-DD` section (lockstep release prepare does)"
            : "sections there are: " + versions.joined(separator: ", ")
        throw CheckFailure(.ruleFailed, Diagnostic("repo/not-found", "\(path) has \(what)", fix: fix, file: path))
    }
}
