/// What the version, changelog and migration rules judge: the tree being committed (or a
/// commit's, or the work tree), what it is compared with (HEAD), and the release tags.
package struct ReleaseInput: Sendable {
    package var tree: TreeSnapshot
    /// HEAD's tree for a commit being made; nil on an unborn branch or when nothing is compared.
    package var baseline: TreeSnapshot?
    /// Names of the tags the version is compared with: those in the baseline's history (the rules
    /// pick the release ones).
    package var tags: [String]
    /// What the baseline is, for messages: `HEAD`, `HEAD^` under `--amend`, `REV^`.
    package var baselineName: String
    package internal(set) var current: ReleaseState
    package let previous: ReleaseState?
    /// `--all`: rules that judge only what is new (migrations) judge everything.
    package var judgesEverything: Bool
    /// The migrations folder at the previous release tag (`tags`' first), for `migration/immutable`:
    /// its listing, and the files whose content the rules need (those the tree holds differently).
    /// Nil when there is no release tag or nothing was read.
    package var release: TreeSnapshot?
    /// What the rules that judge each changelog section alone (`ChangelogRule.judgesSectionsAlone`)
    /// judge: the changelog less the sections the baseline's holds unchanged, when the baseline's
    /// changelog is loaded; nil when they judge every section.
    var changelogSectionsToJudge: Changelog?
    /// The migrations folder is the baseline's, file for file (names and blob ids): the migration
    /// rules would find what they found in the baseline, which a hook does not report, so they do
    /// not run.
    package var migrationsUnchanged = false
    /// The baseline's changelog as parsed here, whole and less the sections the tree's holds:
    /// `ReleaseCheck.introduced` judges it with this rather than parse it again.
    var baselineChangelog: (whole: Changelog, sectionsToJudge: Changelog)?

    /// `readingManifests`, `readingChangelog`: whether the tree's manifests and changelog are
    /// parsed (a run of only the changelog rules needs no manifest).
    /// `parsedBaselineChangelog`: a changelog the caller has parsed already, used as the baseline's
    /// when it is the parse of the baseline's bytes.
    package init(tree: TreeSnapshot, baseline: TreeSnapshot?, tags: [String], config: Config, judgesEverything: Bool = false,
                 baselineName: String = "HEAD", readingManifests: Bool = true, readingChangelog: Bool = true,
                 parsedBaselineChangelog: (bytes: [UInt8], changelog: Changelog)? = nil) {
        self.tree = tree
        self.baseline = baseline
        self.tags = tags
        self.baselineName = baselineName
        self.judgesEverything = judgesEverything
        current = ReleaseState(tree: tree, config: config, readingChangelog: readingChangelog, readingManifests: readingManifests)
        // The rules read only the baseline's source version (`previous.source`).
        previous = baseline.map { ReleaseState(tree: $0, config: config, readingChangelog: false, readingMirrors: false) }
        if !judgesEverything, let mine = current.changelog, !mine.isBinary,
           case .file(let bytes)? = baseline?[config.changelog.path] {
            compareChangelog(mine, with: bytes, config: config,
                             parsed: parsedBaselineChangelog.flatMap { $0.bytes == bytes ? $0.changelog : nil })
        }
    }

    /// Sets what the section rules judge on each side. An unchanged file leaves them nothing.
    private mutating func compareChangelog(_ mine: Changelog, with bytes: [UInt8], config: Config, parsed: Changelog?) {
        var unjudged = mine
        unjudged.sections = []
        if tree[config.changelog.path] == .file(bytes) {
            changelogSectionsToJudge = unjudged
            baselineChangelog = (mine, unjudged)
            return
        }
        let theirs = parsed ?? Changelog(bytes: bytes)
        guard !theirs.isBinary, let changed = Changelog.withoutSharedSections(mine, theirs) else { return }
        changelogSectionsToJudge = changed.mine
        baselineChangelog = (theirs, changed.theirs)
    }

    /// The `.sql` files directly in the migrations folder that the change adds (every one with
    /// `--all`), sorted, with their file names: existing migrations are not judged.
    func newMigrations(config: Config) -> [(path: String, name: Substring)] {
        let folder = config.migration.path + "/"
        let existing = judgesEverything ? [] : Set(baseline?.listing ?? [])
        return tree.listing.sorted().compactMap { path in
            guard path.hasPrefix(folder), path.hasSuffix(".sql"), !existing.contains(path) else { return nil }
            let name = path.dropFirst(folder.count)
            return name.utf8.contains(UInt8(ascii: "/")) ? nil : (path, name)
        }
    }

    /// Every file directly in the migrations folder that sqlx reads as a migration, with its path
    /// (bytes are in `tree` when loaded).
    func migrations(in snapshot: TreeSnapshot, config: Config) -> [(path: String, version: Int64, description: String, kind: SqlxMigration.Kind)] {
        let folder = config.migration.path + "/"
        return snapshot.listing.sorted().compactMap { path in
            guard path.hasPrefix(folder) else { return nil }
            let name = path.dropFirst(folder.count)
            guard !name.utf8.contains(UInt8(ascii: "/")), case .migration(let version, let description, let kind) = SqlxMigration.name(String(name)) else { return nil }
            return (path, version, description, kind)
        }
    }

    /// The highest `<prefix>X.Y.Z` tag, by SemVer precedence.
    package func highestReleaseTag(prefix: String) -> (name: String, version: SemVer)? {
        var best: (name: String, version: SemVer)?
        for tag in tags where tag.hasPrefix(prefix) {
            guard case .success(let version) = SemVer.parse(String(tag.dropFirst(prefix.count))) else { continue }
            if let current = best, !version.isHigher(than: current.version) { continue }
            best = (tag, version)
        }
        return best
    }
}
