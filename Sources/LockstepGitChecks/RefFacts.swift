import LockstepCore
import LockstepGit

/// Reads from a repository what the branch and tag rules judge: one reader behind pre-push,
/// pre-receive, the tag gate, `check branch`, `check tag`, `check ci` and `next-version`.
/// History is read with LockstepGit's own walk, exact in shallow clones: when an answer needs
/// history the clone does not have, the reader throws `.shallow` rather than guess.
package final class RefFacts {
    package let repository: Repository
    package let config: Config
    private var releaseTagCache: [(tag: ReleaseTag, commit: ObjectID)]?

    package init(repository: Repository, config: Config) {
        self.repository = repository
        self.config = config
    }

    /// The tips that count as main and as develop, preferred first: main's version is read from
    /// the first. A commit reachable from any main tip is "on main".
    package struct Bases: Sendable {
        package var main: [ObjectID]
        package var develop: [ObjectID]
        /// What each tip is called in reports: `origin/main`, `main`, `main as pushed`.
        package var labels: [ObjectID: String]

        package init(main: [ObjectID], develop: [ObjectID], labels: [ObjectID: String] = [:]) {
            self.main = main
            self.develop = develop
            self.labels = labels
        }
    }

    /// main and develop as this repository knows them: `refs/remotes/<remote>/<name>` for each of
    /// `remotes` (what is published), then the local branch.
    package func bases(remotes: [String]) -> Bases {
        var labels: [ObjectID: String] = [:]
        func tips(_ branch: String) -> [ObjectID] {
            var seen = Set<ObjectID>()
            return (remotes.map { "refs/remotes/\($0)/\(branch)" } + ["refs/heads/\(branch)"]).compactMap { name in
                guard let target = try? repository.referenceTarget(name), let commit = try? self.commit(of: target) else { return nil }
                guard seen.insert(commit).inserted else { return nil }
                labels[commit] = labels[commit] ?? String(name.dropFirst(name.hasPrefix("refs/heads/") ? 11 : 13))
                return commit
            }
        }
        return Bases(main: tips(config.branch.main), develop: tips(config.branch.develop), labels: labels)
    }

    /// The main tip a hotfix is measured against, and its name: the branch's upstream when that is
    /// a main (what `git pull` and `git merge` use); else the main it was cut from, the most advanced
    /// of the main tips in its history (a local main ahead of origin/main holds releases not pushed
    /// yet); else the most advanced main tip; else the local branch (what `git checkout main &&
    /// git merge hotfix/…` merges into).
    package func mainTip(for branch: String, at tip: ObjectID, bases: Bases) throws(GitError) -> (id: ObjectID, name: String)? {
        func named(_ id: ObjectID) -> (id: ObjectID, name: String) { (id, bases.labels[id] ?? config.branch.main) }
        if let merge = try repository.configString("branch.\(branch).merge"), merge == "refs/heads/\(config.branch.main)",
           let remote = try repository.configString("branch.\(branch).remote") {
            let ref = remote == "." ? merge : "refs/remotes/\(remote)/\(config.branch.main)"
            if let target = try repository.referenceTarget(ref), let upstream = try commit(of: target), bases.main.contains(upstream) {
                return named(upstream)
            }
        }
        var contained: [ObjectID] = []
        for candidate in bases.main where try repository.mergeBase(candidate, tip) == candidate { contained.append(candidate) }
        if let ahead = try mostAdvanced(contained) { return named(ahead) }
        if let ahead = try mostAdvanced(bases.main) { return named(ahead) }
        if let target = try repository.referenceTarget("refs/heads/\(config.branch.main)"), let local = try commit(of: target),
           bases.main.contains(local) {
            return named(local)
        }
        return bases.main.first.map(named)
    }

    /// The one of `tips` every other one is in the history of; nil when they diverged (or none).
    private func mostAdvanced(_ tips: [ObjectID]) throws(GitError) -> ObjectID? {
        for candidate in tips {
            var isAhead = true
            for other in tips where other != candidate {
                if try repository.mergeBase(candidate, other) != other { isAhead = false; break }
            }
            if isAhead { return candidate }
        }
        return nil
    }

    /// The configured remotes, `origin` first.
    package func remotes() -> [String] {
        let names = (try? repository.remoteNames()) ?? []
        return names.filter { $0 == "origin" } + names.filter { $0 != "origin" }
    }

    /// The commit `id` ends at once tags are peeled; nil for trees, blobs and missing objects.
    package func commit(of id: ObjectID) throws(GitError) -> ObjectID? {
        guard let peeled = try repository.peeled(id), peeled.kind == .commit else { return nil }
        return peeled.id
    }

    /// The commits of `tips` not reachable from `hidden`, newest first, merges left out (they are
    /// git's own messages and bring no change of their own).
    package func releaseCommits(from tips: [ObjectID], hiding hidden: [ObjectID]) throws(GitError) -> [ReleaseCommit] {
        let walk = try repository.commits(from: tips, hiding: hidden)
        var commits: [ReleaseCommit] = []
        while let record = try walk.next() {
            guard record.parentCount < 2 else { continue }
            commits.append(ReleaseCommit(id: record.id.hex, shortID: repository.shortID(of: record.id),
                                         message: CommitMessage(bytes: record.message, encoding: record.encoding,
                                                                cleanup: .verbatim, commentChar: .standard)))
        }
        return commits
    }

    /// The release files of a commit's tree (manifests, changelog), compared with nothing.
    package func releaseInput(at commit: ObjectID) throws(GitError) -> ReleaseInput {
        let located = try repository.locate(.revision(commit.hex), paths: ReleaseState.watchedPaths(config),
                                            listing: [config.migration.path])
        let tree = try located.map { located throws(GitError) in try repository.load(located) } ?? TreeSnapshot()
        return ReleaseInput(tree: tree, baseline: nil, tags: [], config: config)
    }

    /// The source of truth's version at a commit, when it states one.
    package func version(at commit: ObjectID) throws(GitError) -> String? {
        try releaseInput(at: commit).current.source?.text
    }

    // MARK: Branches

    /// What the branch rules need about `name` at `tip`. Only release and hotfix branches cost a walk.
    package func branchInput(name: String, tip: ObjectID, bases: Bases) throws(GitError) -> BranchInput {
        var input = BranchInput(name: name, config: config)
        let start: ObjectID?
        switch input.role {
        case .hotfix:
            let read = try mainTip(for: name, at: tip, bases: bases)
            start = read?.id
            if let read {
                let main = read.id
                input.mainVersion = try version(at: main)
                input.mainName = read.name
                input.commits = try releaseCommits(from: [tip], hiding: bases.main)
                if !bases.develop.isEmpty, !input.commits.isEmpty {
                    var onDevelop = Set<String>()
                    let walk = try repository.commits(from: bases.develop, hiding: bases.main)
                    while let record = try walk.next() { onDevelop.insert(record.id.hex) }
                    input.developOnly = input.commits.filter { onDevelop.contains($0.id) }
                }
            }
        case .release:
            start = bases.develop.first ?? bases.main.first
        default:
            return input
        }
        input.tip = try releaseInput(at: tip).current
        if let start, let base = try repository.mergeBase(tip, start) { input.startVersion = try version(at: base) }
        return input
    }

    // MARK: Tags

    /// Every release tag (`<prefix>` + SemVer) with the commit it tags.
    package func releaseTags() throws(GitError) -> [(tag: ReleaseTag, commit: ObjectID)] {
        if let releaseTagCache { return releaseTagCache }
        var found: [(tag: ReleaseTag, commit: ObjectID)] = []
        for (name, commit) in try repository.tagCommits() {
            guard let tag = ReleaseTag(name: name, prefix: config.version.tagPrefix) else { continue }
            found.append((tag, commit))
        }
        releaseTagCache = found
        return found
    }

    /// What the tag rules need about tag `name` naming `object` (nil: being deleted).
    package func tagInput(name: String, object: ObjectID?, operation: TagInput.Operation) throws(GitError) -> TagInput {
        guard let object, operation != .delete else { return TagInput(name: name, operation: .delete, object: nil) }
        let annotation = try repository.annotation(object)
        guard let peeled = try repository.peeled(object) else {
            throw GitError(.notFound, operation: "read tag \(name)", message: "object \(object.hex) is not in this repository")
        }
        let commit = peeled.kind == .commit ? peeled.id : nil
        var input = TagInput(name: name, operation: operation,
                             object: TagObject(isAnnotated: annotation != nil, taggedName: annotation?.name,
                                               message: annotation?.message, targetType: peeled.kind.rawValue,
                                               commit: commit.map { repository.shortID(of: $0) }))
        input.object?.commitID = commit?.hex
        guard let commit, let release = input.release(prefix: config.version.tagPrefix) else { return input }
        input.tree = try releaseInput(at: commit)
        input.earlier = try releaseTags(reachableFrom: commit, besides: release, isExisting: operation == .existing)
        if let previous = input.previous, let previousCommit = try releaseTags().first(where: { $0.tag == previous })?.commit {
            input.commits = try releaseCommits(from: [commit], hiding: [previousCommit])
        }
        return input
    }

    /// The release tags on `commit`'s history (itself included), other than `release`; at least
    /// the highest of them: the walk stops once no tag still unseen could be higher than one seen.
    /// A tag that already exists is not compared with higher tags on its own commit (v1.3.0 made
    /// after v1.3.0-rc.1 on the same commit does not make the rc wrong).
    /// `finalOnly` leaves pre-releases out before the walk (so the highest final one is found).
    package func releaseTags(reachableFrom commit: ObjectID, besides release: ReleaseTag,
                             isExisting: Bool, finalOnly: Bool = false) throws(GitError) -> [ReleaseTag] {
        let candidates = try releaseTags().filter { candidate in
            candidate.tag.name != release.name && !(finalOnly && candidate.tag.version.isPrerelease)
                && !(isExisting && candidate.commit == commit && !candidate.tag.version.isLower(than: release.version))
        }.sorted { $0.tag.version.isHigher(than: $1.tag.version) }
        guard !candidates.isEmpty else { return [] }
        var byCommit: [ObjectID: [ReleaseTag]] = [:]
        for candidate in candidates { byCommit[candidate.commit, default: []].append(candidate.tag) }
        var found: [ReleaseTag] = []
        var seen = Set<String>()
        var highestUnseen = 0
        let walk = try repository.commits(from: [commit], hiding: [])
        while let record = try walk.next() {
            guard let tags = byCommit[record.id] else { continue }
            found += tags
            for tag in tags { seen.insert(tag.name) }
            while highestUnseen < candidates.count, seen.contains(candidates[highestUnseen].tag.name) { highestUnseen += 1 }
            guard highestUnseen < candidates.count, let best = ReleaseTag.highest(found),
                  candidates[highestUnseen].tag.version.isHigher(than: best.version) else { break }
        }
        return found
    }

    /// The previous release tag on `commit`'s history and the commits since it, for `next-version`.
    package func nextVersion(at commit: ObjectID) throws(GitError) -> NextVersion {
        let none = ReleaseTag(name: "", version: SemVer(major: "0", minor: "0", patch: "0"))
        let previous = ReleaseTag.highest(try releaseTags(reachableFrom: commit, besides: none, isExisting: false))
        let hidden = try previous.flatMap { tag throws(GitError) in try releaseTags().first { $0.tag == tag }?.commit }
        let commits = try releaseCommits(from: [commit], hiding: hidden.map { [$0] } ?? [])
        return NextVersion(previous: previous, commits: commits, config: config.tag)
    }
}
