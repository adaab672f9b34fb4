import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep-hook reference-transaction STATE`: the local tag gate (HOOKS.md §3.5). It judges a
/// tag before `git tag` creates it, and lets everything else through: other states, other git
/// commands (fetch, clone, gc, pack-refs, rebase…), refs that already hold the value (pack-refs
/// rewriting them), deletions, and anything it cannot read. Only rule failures refuse.
package struct TagGateEntry {
    package var state: String

    package init(state: String) { self.state = state }

    package func run() -> ExitStatus {
        // git ≥ 2.54 adds a `preparing` state, and may add others: only `prepared` can still refuse.
        guard state == "prepared" else { return .passed }
        // Nothing in the environment tells `git tag` from `git fetch`; the parent's command line does.
        guard GitInvocation(parentArguments: ProcessContext.parentArguments()).subcommand == "tag" else { return .passed }
        let input = (try? FileSystem.readStandardInput()) ?? []
        // The same `<old> <new> <ref>` lines as pre-receive; anything else is not ours to judge.
        guard let updates = try? RefUpdate.preReceive(input) else { return .passed }
        let tags = updates.filter { $0.tag != nil && !$0.isDeletion && $0.old != $0.new }
        guard !tags.isEmpty else { return .passed }
        do throws(CheckFailure) {
            let skip = try skipList()
            let diagnostics = try findings(tags, skip: skip)
            let status = RefReport(format: .text, output: 2).finish(diagnostics, skip: skip)
            if status == .ruleFailed { ProcessContext.printError(rejectionNote(tags, diagnostics)) }
            return status
        } catch {
            // Fail open: a gate that cannot read the repository must not stop `git tag`.
            var diagnostic = error.diagnostic
            diagnostic.severity = .warning
            ProcessContext.printError(TextRenderer(color: ProcessContext.wantsColor(on: 2)).render(diagnostic))
            ProcessContext.printError("lockstep: the tag was not checked (pre-push and CI will check it)\n")
            return .passed
        }
    }

    private func findings(_ updates: [RefUpdate], skip: SkipList) throws(CheckFailure) -> [Diagnostic] {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = try ConfigLoader.load(explicitPath: nil, workTree: repository.workDirectory)
        let facts = RefFacts(repository: repository, config: config)
        var found: [Diagnostic] = []
        for update in updates {
            guard let name = update.tag, let new = ObjectID(hex: update.new) else { continue }
            // pack-refs and gc list existing refs as if they were created: a ref that already holds
            // the value is no new tag. (During `prepared` a new tag does not resolve yet.)
            if try reading({ () throws(GitError) in try repository.referenceTarget(update.ref) }) == new { continue }
            let operation: TagInput.Operation = update.isCreation ? .create : .move
            let input = try reading { () throws(GitError) in try facts.tagInput(name: name, object: new, operation: operation) }
            found += TagCheck.run(input, config: config, skipping: skip)
        }
        return found
    }

    /// git only says "fatal: ref updates aborted by hook": say what was refused and how to go on.
    private func rejectionNote(_ updates: [RefUpdate], _ diagnostics: [Diagnostic]) -> String {
        let names = updates.compactMap(\.tag).joined(separator: ", ")
        return """

            lockstep: tag \(names) refused (\(TextRenderer.summary(of: diagnostics) ?? "errors")): it was not created.
              fix what is listed above, then tag again (release tags: git tag -a vX.Y.Z -m "Release vX.Y.Z" on the release commit)
              skip these rules once:  LOCKSTEP_SKIP=\(RefReport.failedRules(diagnostics)) git tag …

            """
    }
}
