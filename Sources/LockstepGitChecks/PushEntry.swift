import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// pre-push (`lockstep-hook pre-push REMOTE URL`, `lockstep check push REMOTE URL`) and pre-receive
/// (`lockstep-hook pre-receive`): every ref a push changes, read from standard input, judged by the
/// same checks as everywhere else: `MessageCheck` on each new commit, `BranchCheck` on a branch,
/// `TagCheck` on a tag.
package struct PushEntry {
    package enum Side: Sendable, Equatable {
        /// The pusher's repository, pushing to `remote` at `url` (both the URL when pushing to a URL).
        case client(remote: String, url: String)
        /// The receiving repository (usually bare); pushed objects wait in the quarantine.
        case server
    }

    package var side: Side
    package var format: OutputFormat
    package var configPath: String?
    /// As a hook: output on stderr (the server's reaches the pusher as `remote:` lines) and a note
    /// on how to go on after a refusal.
    package var isHook: Bool

    package init(side: Side, format: OutputFormat = .text, configPath: String? = nil, isHook: Bool) {
        self.side = side
        self.format = format
        self.configPath = configPath
        self.isHook = isHook
    }

    package func run(input: [UInt8]) -> ExitStatus {
        let report = RefReport(format: format, output: isHook ? 2 : 1)
        do throws(CheckFailure) {
            let updates: [RefUpdate]
            do throws(RefUpdateError) {
                updates = side == .server ? try RefUpdate.preReceive(input) : try RefUpdate.prePush(input)
            } catch {
                throw CheckFailure(.usage, error.diagnostic)
            }
            // Nothing to push (up to date): git still runs the hook. Answer before opening anything.
            if updates.isEmpty { return .passed }
            let skip = try skipList()
            let diagnostics = try findings(updates, skip: skip)
            let status = report.finish(diagnostics, skip: skip)
            if isHook, status == .ruleFailed { ProcessContext.printError(rejectionNote(diagnostics)) }
            return status
        } catch {
            return report.fail(error)
        }
    }

    private func findings(_ updates: [RefUpdate], skip: SkipList) throws(CheckFailure) -> [Diagnostic] {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = side == .server ? try ServerConfig.load(repository)
            : try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
        let facts = RefFacts(repository: repository, config: config)
        let messages = MessageCheck(config: config, skipping: skip)
        let (known, bases) = try reading { () throws(GitError) in try context(facts, updates: updates) }
        var found: [Diagnostic] = []
        for update in updates {
            found += try reading { () throws(GitError) in
                try judge(update, facts: facts, messages: messages, known: known, bases: bases, skip: skip)
            }.map { finding in
                var diagnostic = finding
                if diagnostic.ref == nil { diagnostic.ref = update.ref }
                return diagnostic
            }
        }
        return found
    }

    /// What the other side has already (commits reachable from these were judged when they got
    /// there): the remote's tracking refs on the client, every ref on the server. And where main
    /// and develop are, including what this push makes of them.
    private func context(_ facts: RefFacts, updates: [RefUpdate]) throws(GitError) -> (known: [ObjectID], bases: RefFacts.Bases) {
        let repository = facts.repository
        let prefixes: [String]
        let remotes: [String]
        switch side {
        case .server:
            prefixes = ["refs/"]
            remotes = []
        case .client(let remote, let url):
            if let name = try trackingRemote(remote: remote, url: url, repository: repository) {
                prefixes = ["refs/remotes/\(name)/"]
                remotes = [name]
            } else {
                // A URL no remote is configured for: whatever any remote has is published already.
                prefixes = ["refs/remotes/"]
                remotes = facts.remotes()
            }
        }
        var known: [ObjectID] = []
        for prefix in prefixes {
            for (_, target) in try repository.references(under: prefix) {
                if let commit = try facts.commit(of: target) { known.append(commit) }
            }
        }
        var bases = facts.bases(remotes: remotes)
        for update in updates where !update.isDeletion {
            guard let id = ObjectID(hex: update.new), let commit = try facts.commit(of: id) else { continue }
            if update.branch == facts.config.branch.main {
                bases.main.insert(commit, at: 0)
                bases.labels[commit] = "\(update.branch ?? "main") as pushed"
            }
            if update.branch == facts.config.branch.develop { bases.develop.insert(commit, at: 0) }
        }
        return (known, bases)
    }

    /// The remote whose tracking refs tell what the other side has: `remote` itself when it is a
    /// configured remote, else the one whose URL is `url` (git passes the URL twice for `git push URL`).
    private func trackingRemote(remote: String, url: String, repository: Repository) throws(GitError) -> String? {
        let names = try repository.remoteNames()
        if names.contains(remote) { return remote }
        for name in names where try repository.configString("remote.\(name).url") == url { return name }
        return nil
    }

    private func judge(_ update: RefUpdate, facts: RefFacts, messages: MessageCheck, known: [ObjectID],
                       bases: RefFacts.Bases, skip: SkipList) throws(GitError) -> [Diagnostic] {
        let config = facts.config
        guard !update.isDeletion else {
            // Deleting a branch judges nothing; deleting a release tag is tag/no-delete's business.
            guard let tag = update.tag else { return [] }
            return TagCheck.run(TagInput(name: tag, operation: .delete, object: nil), config: config, skipping: skip)
        }
        guard let new = ObjectID(hex: update.new) else { return [] }
        var found: [Diagnostic] = []
        if let commit = try facts.commit(of: new) {
            // The range: what `new` brings that the other side has nowhere yet (`new --not
            // --remotes=<remote>` on the client, `new --not --all` on the server), minus the old tip
            // when it is here (after someone else's push, a force-push's old tip is not).
            var hidden = known
            if !update.isCreation, let old = ObjectID(hex: update.old), facts.repository.contains(old),
               let oldCommit = try facts.commit(of: old) {
                hidden.append(oldCommit)
            }
            for commit in try facts.releaseCommits(from: [commit], hiding: hidden) {
                found += messages.run(commit.message).map { finding in
                    var diagnostic = finding
                    diagnostic.commit = commit.shortID
                    diagnostic.context = commit.header
                    diagnostic.ref = update.ref
                    return diagnostic
                }
            }
            if let branch = update.branch {
                found += try facts.branchFindings(name: branch, tip: commit, bases: bases, skip: skip)
            }
        }
        if let tag = update.tag, update.old != update.new {
            let operation: TagInput.Operation = update.isCreation ? .create : .move
            found += TagCheck.run(try facts.tagInput(name: tag, object: new, operation: operation), config: config, skipping: skip)
        }
        return found
    }

    /// git says only "failed to push some refs": say what was refused and how to go on.
    private func rejectionNote(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var refs: [String] = []
        for ref in errors.compactMap(\.ref) where !refs.contains(ref) { refs.append(ref) }
        let summary = "\(TextRenderer.summary(of: diagnostics) ?? "errors") in \(refs.joined(separator: ", "))"
        if side == .server {
            return "\nlockstep: push rejected (\(summary)): no ref was updated.\n  fix what is listed above and push again.\n\n"
        }
        var lines = ["", "lockstep: push rejected (\(summary)): nothing was pushed."]
        if let oldest = errors.last(where: { $0.rule.hasPrefix("commit/") })?.commit {
            lines.append("  reword commits: git rebase -i \(oldest)^   (mark them `reword`), then push again")
        }
        lines.append("  skip these rules once:  LOCKSTEP_SKIP=\(RefReport.failedRules(diagnostics)) git push …")
        lines.append("  (or bypass this hook: git push --no-verify; a server-side check may still refuse)")
        return lines.joined(separator: "\n") + "\n\n"
    }
}
