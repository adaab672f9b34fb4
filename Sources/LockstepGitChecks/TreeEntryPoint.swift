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
    /// Judge everything, not only what changed against the baseline (HEAD, or the revision's parent).
    package var wholeTree: Bool
    package var format: OutputFormat
    package var configPath: String?
    /// As the pre-commit hook: output on stderr and a note on how to go on after a rejection.
    package var isHook: Bool

    package init(source: Source, scope: ReleaseCheck.Scope, wholeTree: Bool, format: OutputFormat,
                 configPath: String?, isHook: Bool) {
        self.source = source
        self.scope = scope
        self.wholeTree = wholeTree
        self.format = format
        self.configPath = configPath
        self.isHook = isHook
    }

    package func run() -> ExitStatus {
        let output: Int32 = isHook ? 2 : 1
        let color = format == .text && ProcessContext.wantsColor(on: output)
        do throws(CheckFailure) {
            let skip: SkipList
            do throws(ConfigError) { skip = try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "") } catch { throw CheckFailure(error) }
            let diagnostics = try findings(skip: skip)
            if let notice = skip.notice { ProcessContext.printError(notice + "\n") }
            ProcessContext.write(format.render(diagnostics, color: color), to: output)
            let status = ExitStatus(diagnostics: diagnostics)
            if isHook, status == .ruleFailed {
                let rules = Set(diagnostics.filter { $0.severity == .error }.map(\.rule)).sorted().joined(separator: ",")
                ProcessContext.printError("""

                    lockstep: commit rejected (\(TextRenderer.summary(of: diagnostics) ?? "errors")): fix the staged files and commit again.
                      skip these rules once:  LOCKSTEP_SKIP=\(rules) git commit …
                      (or bypass every hook: git commit --no-verify)

                    """)
            }
            return status
        } catch {
            ProcessContext.write(format.render([error.diagnostic], color: color), to: output)
            return error.status
        }
    }

    private func findings(skip: SkipList) throws(CheckFailure) -> [Diagnostic] {
        let repository = try readingGit { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
        let paths = ReleaseState.watchedPaths(config)
        let folders = [config.migration.path]
        let current: TreeSnapshot
        let baselineRevision: String
        switch source {
        case .index:
            current = try readingGit { () throws(GitError) in try repository.snapshot(of: .index, paths: paths, listing: folders) } ?? TreeSnapshot()
            baselineRevision = "HEAD"
        case .workTree:
            guard let root = repository.workDirectory else { throw CheckFailure.usage("a bare repository has no work tree", fix: "use --rev REV") }
            current = try WorkTreeReader.snapshot(root: root, paths: paths, listing: folders)
            baselineRevision = "HEAD"
        case .revision(let revision):
            guard let tree = try readingGit({ () throws(GitError) in try repository.snapshot(of: .revision(revision), paths: paths, listing: folders) }) else {
                throw CheckFailure.usage("\(revision) names no commit yet")
            }
            current = tree
            baselineRevision = revision + "^"
        }
        let baseline = try readingGit { () throws(GitError) in try repository.snapshot(of: .revision(baselineRevision), paths: paths, listing: folders) }
        // Nothing the rules read changed: what the baseline holds was judged when it was committed.
        if !wholeTree, let baseline, baseline == current { return [] }
        let tags = try readingGit { () throws(GitError) in try repository.tagNames() }
        let input = ReleaseInput(tree: current, baseline: wholeTree ? nil : baseline, tags: tags, config: config)
        return wholeTree ? ReleaseCheck.run(input, config: config, scope: scope, skipping: skip)
                         : ReleaseCheck.introduced(input, config: config, scope: scope, skipping: skip)
    }

    /// Runs a repository read, turning libgit2's failure into exit 3 (2 for a revision that does not exist).
    private func readingGit<T>(_ body: () throws(GitError) -> T) throws(CheckFailure) -> T {
        do throws(GitError) {
            return try body()
        } catch {
            throw CheckFailure(error.kind == .badRevision ? .usage : .unreadable,
                               Diagnostic("repo/unreadable", error.message, fix: error.fix))
        }
    }
}
