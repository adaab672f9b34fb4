import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep hook pre-commit`, `check tree`, `check versions`, `check changelog`: the tree rules
/// on the index being committed, a commit, or the work tree; only the source of files differs.
package struct TreeEntryPoint {
    package enum Source: Sendable, Equatable {
        case index, revision(String), workTree
    }

    package var source: Source
    package var scope: ReleaseCheck.Scope
    /// Report every finding, not only those the change introduces against the baseline (HEAD, or
    /// the revision's parent); rules that compare with the baseline still do.
    package var wholeTree: Bool
    package var format: OutputFormat
    package var configPath: String?
    /// The hook git runs (`pre-commit`, `pre-merge-commit`), nil for a command. As a hook: output
    /// on stderr and a note on how to go on after a rejection.
    package var hook: String?

    package init(source: Source, scope: ReleaseCheck.Scope, wholeTree: Bool, format: OutputFormat,
                 configPath: String?, hook: String?) {
        self.source = source
        self.scope = scope
        self.wholeTree = wholeTree
        self.format = format
        self.configPath = configPath
        self.hook = hook
    }

    private var isHook: Bool { hook != nil }

    package func run() -> ExitStatus {
        let report = RefReport(format: format, output: isHook ? 2 : 1)
        do throws(CheckFailure) {
            let skip = try skipList()
            let diagnostics = try findings(skip: skip)
            let status = report.finish(diagnostics, skip: skip)
            if isHook, status == .ruleFailed {
                ProcessContext.printError("""

                    lockstep: commit rejected (\(TextRenderer.summary(of: diagnostics) ?? "errors")): fix the staged files and commit again.
                      skip these rules once:  LOCKSTEP_SKIP=\(RefReport.failedRules(diagnostics)) git commit …
                      (or bypass every hook: git commit --no-verify)

                    """)
            }
            return status
        } catch {
            return report.fail(error)
        }
    }

    private func findings(skip: SkipList) throws(CheckFailure) -> [Diagnostic] {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
        if let hook { warnIfReplaced(repository, running: hook) }
        let (paths, folders) = ReleaseCheck.watchedPaths(config, scope: scope)
        var baselineRevision = "HEAD"
        var located: LocatedTree?
        let current: TreeSnapshot
        switch source {
        case .index:
            // `git commit --amend` replaces HEAD: the commit being made is compared with HEAD's parent.
            if isHook, GitInvocation(parentArguments: ProcessContext.parentArguments()).isAmend {
                baselineRevision = "HEAD^"
                noteTaggedReleaseAmended(repository, config: config)
            }
            located = try reading { () throws(GitError) in try repository.locate(.index, paths: paths, listing: folders) }
            current = TreeSnapshot()
        case .workTree:
            guard let root = repository.workDirectory else { throw CheckFailure.usage("a bare repository has no work tree", fix: "use --rev REV") }
            var files = try WorkTreeReader.snapshot(root: root, paths: paths, listing: folders)
            // A sparse checkout leaves files out of the work tree that git counts as unchanged. (Only
            // then is the index read: the work tree's check must not fail on an index it does not need.)
            if (try? repository.configString("core.sparseCheckout"))??.lowercased() == "true",
               let outside = try? repository.locate(.outsideWorkTree, paths: paths, listing: folders),
               !outside.entries.isEmpty || !outside.listing.isEmpty {
                let kept = try reading { () throws(GitError) in try repository.load(outside) }
                files.entries.merge(kept.entries) { onDisk, _ in onDisk }
                files.listing = Array(Set(files.listing + kept.listing)).sorted()
            }
            current = files
        case .revision(let revision):
            located = try reading { () throws(GitError) in try repository.locate(.revision(revision), paths: paths, listing: folders) }
            guard located != nil else { throw CheckFailure.usage("\(revision) names no commit yet") }
            baselineRevision = revision + "^"
            current = TreeSnapshot()
        }
        let base = try reading { () throws(GitError) in try repository.locate(.revision(baselineRevision), paths: paths, listing: folders) }
        // Nothing the rules read changed: what the baseline holds was judged when it was committed.
        if !wholeTree, let located, let base, located.loadsLike(base),
           try !migrationsEdited(repository, listing: located.listing, baselineRevision: baselineRevision, config: config,
                                 located: located, base: base) { return [] }
        let tree = try located.map { tree throws(CheckFailure) in try reading { () throws(GitError) in try repository.load(tree) } } ?? current
        // The baseline is read as the rules need it: at first only the source manifest, whose
        // version the rules compare with, and the changelog, whose unchanged sections the rules
        // then skip; the rest once the new tree has findings to compare.
        var baseline: TreeSnapshot?
        if let base, located == nil, !wholeTree {
            // The work tree's files have no blob ids: read the baseline whole and compare the bytes.
            let whole = try reading { () throws(GitError) in try repository.load(base) }
            if whole == tree, try !migrationsEdited(repository, listing: tree.listing, baselineRevision: baselineRevision, config: config) {
                return []
            }
            baseline = whole
        } else if let base {
            let changelog = scope == .versions || wholeTree ? [] : [config.changelog.path]
            baseline = try loadBaseline(base, paths: ReleaseState.sourcePaths(config) + changelog, repository: repository, tree: tree, located: located)
        }
        var input = ReleaseInput(tree: tree, baseline: baseline, tags: [], config: config,
                                 judgesEverything: wholeTree, baselineName: baselineRevision,
                                 readingManifests: scope != .changelog)
        if ReleaseCheck.comparesWithReleaseTags(input, config: config, scope: scope, skipping: skip) {
            input.tags = try reading { () throws(GitError) in
                try ReleaseTagHistory.highest(in: repository, before: baselineRevision, prefix: config.version.tagPrefix)
            }.map { [$0.name] } ?? []
        }
        input.migrationsUnchanged = !wholeTree && Self.sameMigrations(located, base, config: config)
        if !input.migrationsUnchanged {
            try addMigrations(to: &input, repository: repository, located: located, base: base, workTree: source == .workTree ? repository.workDirectory : nil,
                              baselineRevision: baselineRevision, config: config, skip: skip)
        }
        let found = ReleaseCheck.run(input, config: config, scope: scope, skipping: skip)
        guard !wholeTree, !found.isEmpty, let base, var compared = baseline else { return found }
        if located != nil {
            let more = try loadBaseline(base, paths: ReleaseCheck.baselinePaths(for: found, config: config), repository: repository,
                                        tree: tree, located: located)
            compared.entries.merge(more.entries) { loaded, _ in loaded }
        }
        return ReleaseCheck.introduced(found, in: input, comparedWith: compared, config: config, skipping: skip)
    }

    /// The files at `paths` of the baseline (and its whole listing). A file whose blob the tree
    /// being judged has too is not read again: the tree's copy is shared, and the rules that
    /// compare the two see at once that it did not change.
    private func loadBaseline(_ base: LocatedTree, paths: [String], repository: Repository, tree: TreeSnapshot,
                              located: LocatedTree?) throws(CheckFailure) -> TreeSnapshot {
        var shared: [String: TreeEntry] = [:]
        var unread: [String] = []
        for path in paths {
            guard let entry = base.entries[path] else { continue }
            if let same = located?.entries[path], same.loadsLike(entry), let loaded = tree[path] {
                shared[path] = loaded
            } else {
                unread.append(path)
            }
        }
        var snapshot = try reading { () throws(GitError) in try repository.load(base.restricted(to: unread)) }
        snapshot.entries.merge(shared) { loaded, _ in loaded }
        return snapshot
    }

    /// `git commit --amend` of a tagged release commit (a typo fixed after `release prepare --tag`)
    /// leaves the tag on the old commit, and `git push --follow-tags` then leaves the tag out
    /// without a word: say so, with the commands that tag the new commit.
    private func noteTaggedReleaseAmended(_ repository: Repository, config: Config) {
        guard let head = try? repository.commitID(of: "HEAD"),
              let tags = try? RefFacts(repository: repository, config: config).releaseTags() else { return }
        for (tag, commit) in tags where commit == head {
            let name = ShellQuoting.quote(tag.name)
            ProcessContext.printError("lockstep: note: HEAD is tagged \(tag.name), the commit being amended: the tag stays on the old commit, "
                + "and `git push --follow-tags` will leave it out. Unless it is pushed already, tag the new commit once it is made: "
                + "`git tag -d \(name) && lockstep release prepare \(tag.version) --tag`\n")
        }
    }

    /// Lockstep's other hooks rewritten by another tool: this one still runs, so it says so (HOOKS.md §7.3).
    private func warnIfReplaced(_ repository: Repository, running hook: String) {
        let location = RepositoryLocation(gitDirectory: repository.gitDirectory, commonDirectory: repository.commonDirectory,
                                          workTree: repository.workDirectory)
        let hooks = HooksDirectory.path(hooksPath: (try? repository.configString("core.hooksPath")) ?? nil, in: location,
                                        environment: { ProcessContext.environment($0) })
        HookInventory.replacementWarning(besides: Path.join(hooks, hook)).map(ProcessContext.printError)
    }
}
