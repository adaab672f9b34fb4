import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

extension TreeEntryPoint {
    /// Loads what the migration rules read besides the listing: the bytes of the migration files
    /// the change adds or edits (every one with `--all`), and for `migration/immutable` the release
    /// tag's copy of the edited ones. Untouched migrations cost nothing: a hook on an ordinary
    /// commit reads no migration at all.
    func addMigrations(to input: inout ReleaseInput, repository: Repository, located: LocatedTree?, base: LocatedTree?, workTree root: String?,
                       baselineRevision: String, config: Config, skip: SkipList) throws(CheckFailure) {
        let migrationRules = ["migration/immutable", "migration/no-transaction-marker", "migration/transaction-control"]
        guard scope == .all, migrationRules.contains(where: { id in
            !skip.contains(id) && rule(withID: id).map { config.severity(of: $0.info) != .off } == true
        }) else { return }
        let folder = config.migration.path + "/"
        let isMigration = { (path: String) in path.hasPrefix(folder) && path.hasSuffix(".sql") }
        let files = input.tree.listing.filter(isMigration)
        let released = input.baseline.map { Set($0.listing.filter(isMigration)) } ?? []
        var wanted = files
        if !wholeTree, let located {
            // The listings' blob ids say which files the change adds or edits, without a lookup.
            wanted = files.filter { located.listedIDs[$0] == nil || located.listedIDs[$0] != base?.listedIDs[$0] }
        }
        if let root {
            let read = try WorkTreeReader.snapshot(root: root, paths: wanted, listing: [])
            input.tree.entries.merge(read.entries) { _, new in new }
        } else if !wanted.isEmpty {
            let loaded = try reading { () throws(GitError) -> TreeSnapshot? in
                guard let located = try repository.locate(source == .index ? .index : .revision(revisionName), paths: wanted, listing: []) else { return nil }
                return try repository.load(located)
            }
            input.tree.entries.merge(loaded?.entries ?? [:]) { _, new in new }
        }
        // The release tag matters when a migration that existed before is edited or removed.
        let edited = wanted.filter(released.contains)
        let removed = released.subtracting(files)
        guard wholeTree || !edited.isEmpty || !removed.isEmpty else { return }
        var tag = input.tags.first
        if tag == nil {
            tag = try reading { () throws(GitError) in
                try ReleaseTagHistory.highest(in: repository, before: baselineRevision, prefix: config.version.tagPrefix)?.name
            }
        }
        guard let tag else { return }
        let release = try reading { () throws(GitError) -> TreeSnapshot? in
            guard let located = try repository.locate(.revision("refs/tags/" + tag), paths: edited, listing: [config.migration.path]) else { return nil }
            return try repository.load(located)
        }
        input.release = release
        if input.tags.isEmpty { input.tags = [tag] }
    }

    /// Whether a migration file's content differs from the baseline's: the listing holds names
    /// only, and an edit to a released migration must not pass as "nothing changed".
    /// The listings' blob ids answer it without reading the index or the tree again.
    func migrationsEdited(_ repository: Repository, listing: [String], baselineRevision: String, config: Config,
                          located: LocatedTree? = nil, base: LocatedTree? = nil) throws(CheckFailure) -> Bool {
        let folder = config.migration.path + "/"
        let files = listing.filter { $0.hasPrefix(folder) && $0.hasSuffix(".sql") }
        guard !files.isEmpty else { return false }
        // The work tree has no blob ids to compare: its migrations are read and judged.
        if source == .workTree { return true }
        if let located, let base {
            return files.contains { located.listedIDs[$0] == nil || located.listedIDs[$0] != base.listedIDs[$0] }
        }
        return try reading { () throws(GitError) in
            try repository.locate(source == .index ? .index : .revision(revisionName), paths: files, listing: [])
                != repository.locate(.revision(baselineRevision), paths: files, listing: [])
        }
    }

    /// Whether both trees list the same files in the migrations folder with the same blob ids
    /// (false when either was not located: the work tree has no blob ids).
    static func sameMigrations(_ located: LocatedTree?, _ base: LocatedTree?, config: Config) -> Bool {
        guard let located, let base else { return false }
        let folder = config.migration.path + "/"
        let mine = located.listing.filter { $0.hasPrefix(folder) }
        return mine == base.listing.filter { $0.hasPrefix(folder) }
            && mine.allSatisfy { located.listedIDs[$0] != nil && located.listedIDs[$0] == base.listedIDs[$0] }
    }

    private var revisionName: String {
        if case .revision(let revision) = source { return revision }
        return "HEAD"
    }
}
