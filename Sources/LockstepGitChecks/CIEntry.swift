import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep check ci`: everything CI should check, with the range taken from the environment
/// (`CIContext`: GitHub Actions pull request / push / tag events, GitLab CI merge request / branch /
/// tag pipelines). Pull requests and pushes: every new commit's message, the branch rules, and the
/// tree rules on what the range changes; tags: the tag rules. Outside CI: what HEAD has that no
/// remote has. CI clones are shallow by default; when the range reaches past the clone's history
/// the check says so and how to deepen it, instead of judging a truncated range.
package struct CIEntry {
    package var format: OutputFormat
    package var configPath: String?

    package init(format: OutputFormat, configPath: String?) {
        self.format = format
        self.configPath = configPath
    }

    package func run() -> ExitStatus {
        let report = RefReport(format: format, output: 1)
        let payload = ProcessContext.environment("GITHUB_EVENT_PATH").flatMap { try? FileSystem.read($0, limit: 64 << 20) }
        let context = CIContext.detect({ ProcessContext.environment($0) }, eventPayload: payload)
        let depthFix = context?.depthFix ?? "fetch the whole history: git fetch --unshallow"
        do throws(CheckFailure) {
            let skip = try skipList()
            let repository = try reading { () throws(GitError) in
                try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
            let facts = RefFacts(repository: repository, config: config)
            if format == .text {
                let what = context?.summary ?? "no CI detected (neither GITHUB_ACTIONS nor GITLAB_CI): checking what HEAD has that no remote has"
                ProcessContext.printError("lockstep: \(what)\(repository.isShallow ? " (shallow clone)" : "")\n")
            }
            let (diagnostics, summary) = try reading(shallowFix: depthFix) { () throws(GitError) in
                try findings(context, facts: facts, skip: skip, depthFix: depthFix)
            }
            let status = report.finish(diagnostics, skip: skip)
            if format == .text {
                let isOtherTag = context?.event == .tag && context?.tag.map { TagName($0, prefix: config.version.tagPrefix) == .other } == true
                let verdict = TextRenderer.summary(of: diagnostics) ?? (isOtherTag ? "no release rule applies" : "all pass")
                ProcessContext.printError("lockstep: checked \(summary.joined(separator: ", ")): \(verdict)\n")
            }
            return status
        } catch {
            return report.fail(error)
        }
    }

    private func findings(_ context: CIContext?, facts: RefFacts, skip: SkipList,
                          depthFix: String) throws(GitError) -> ([Diagnostic], [String]) {
        let repository = facts.repository
        let config = facts.config
        if context?.event == .tag, let tag = context?.tag {
            guard let object = try repository.referenceTarget("refs/tags/" + tag) else {
                throw GitError(.notFound, operation: "check tag", message: "the tag \(tag) is not in this clone",
                               fix: "fetch tags: git fetch --tags (GitHub: actions/checkout with `fetch-depth: 0`)")
            }
            let input = try facts.tagInput(name: tag, object: object, operation: .existing)
            var found = TagCheck.run(input, config: config, skipping: skip)
            let what = TagName(tag, prefix: config.version.tagPrefix) == .other ? " (not a release tag)" : ""
            var summary = ["tag \(tag)\(what)"]
            if let commit = try facts.commit(of: object),
               let checklist = try facts.preReleaseFindings(tag: tag, branch: nil, at: commit, skip: skip) {
                found += checklist
                summary.append("the pre-release checklist")
            }
            return (found, summary)
        }
        let head = try commit(context?.head ?? "HEAD", in: repository, depthFix: depthFix)
        let branch = context.map { $0.branch } ?? repository.headBranch().flatMap { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : nil }
        var hidden: [ObjectID] = []
        var baseline: ObjectID?
        if let context, context.event == .review, let base = context.base {
            let baseCommit = try commit(base, in: repository, depthFix: depthFix)
            hidden = [baseCommit]
            baseline = try repository.mergeBase(head, baseCommit)
        } else if let before = context?.base, !RefUpdate.isZero(before), let id = ObjectID(hex: before), repository.contains(id) {
            hidden = [id]
            baseline = id
        } else {
            // A new branch (or no CI): what no other remote branch has.
            let own = branch.map { "/" + $0 }
            for (name, target) in try repository.references(under: "refs/remotes/") {
                guard own.map({ !name.hasSuffix($0) }) ?? true, let commit = try facts.commit(of: target) else { continue }
                hidden.append(commit)
            }
        }
        var found: [Diagnostic] = []
        let commits = try facts.releaseCommits(from: [head], hiding: hidden)
        let messages = MessageCheck(config: config, skipping: skip)
        for commit in commits {
            found += messages.run(commit.message).map { finding in
                var diagnostic = finding
                diagnostic.commit = commit.shortID
                diagnostic.commitID = commit.id
                diagnostic.context = commit.header
                return diagnostic
            }
        }
        var summary = ["\(commits.count) commit\(commits.count == 1 ? "" : "s")"]
        if let branch {
            found += try facts.branchFindings(name: branch, tip: head, bases: facts.bases(remotes: facts.remotes()), skip: skip)
            summary.append("branch \(branch)")
            if let checklist = try facts.preReleaseFindings(tag: nil, branch: branch, at: head, skip: skip) {
                found += checklist
                summary.append("the pre-release checklist")
            }
        }
        if baseline == nil, let oldest = commits.last, let id = ObjectID(hex: oldest.id) {
            baseline = try? repository.commitID(of: id.hex + "^")
        }
        if let baseline {
            found += try treeFindings(head: head, baseline: baseline, facts: facts, skip: skip)
            summary.append("the release files of \(repository.shortID(of: head))")
        }
        return (found, summary)
    }

    /// The version, changelog and migration rules on what the range changes: the findings `head`'s
    /// tree has that the baseline's has not (as pre-commit judges one commit).
    private func treeFindings(head: ObjectID, baseline: ObjectID, facts: RefFacts, skip: SkipList) throws(GitError) -> [Diagnostic] {
        let current = try facts.releaseInput(at: head).tree
        let before = try facts.releaseInput(at: baseline).tree
        guard current != before else { return [] }
        let input = ReleaseInput(tree: current, baseline: before, tags: try facts.repository.tagNames(), config: facts.config)
        let short = facts.repository.shortID(of: head)
        return ReleaseCheck.introduced(input, config: facts.config, skipping: skip).map { finding in
            var diagnostic = finding
            if diagnostic.commit == nil {
                diagnostic.commit = short
                diagnostic.commitID = head.hex
            }
            return diagnostic
        }
    }

    /// A commit named by the CI (a sha) or a revision; a sha the clone lacks is the shallow clone's fault
    /// when the clone is shallow.
    private func commit(_ revision: String, in repository: Repository, depthFix: String) throws(GitError) -> ObjectID {
        if let id = ObjectID(hex: revision), !repository.contains(id) {
            if repository.isShallow {
                throw GitError(.shallow, operation: "read the range", message: "commit \(revision) is not in the clone", fix: depthFix)
            }
            throw GitError(.notFound, operation: "read the range", message: "commit \(revision) is not in the clone",
                           fix: "fetch it (git fetch origin \(revision)), or \(depthFix)")
        }
        return try repository.commitID(of: revision)
    }
}
