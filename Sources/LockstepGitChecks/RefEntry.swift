import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep check branch [NAME]` and `lockstep check tag NAME`: the branch or tag rules on a ref
/// that exists, as pre-push and CI judge it.
package struct RefEntry {
    package enum Target: Sendable, Equatable {
        /// A branch; nil: the current one (during a rebase, the branch being rebased).
        case branch(String?)
        case tag(String)
    }

    package var target: Target
    package var format: OutputFormat
    package var configPath: String?

    package init(target: Target, format: OutputFormat, configPath: String?) {
        self.target = target
        self.format = format
        self.configPath = configPath
    }

    package func run() -> ExitStatus {
        let report = RefReport(format: format, output: 1)
        do throws(CheckFailure) {
            let skip = try skipList()
            let repository = try reading { () throws(GitError) in
                try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
            let facts = RefFacts(repository: repository, config: config)
            let diagnostics: [Diagnostic]
            // What was judged, by name: the current branch's, not "HEAD".
            var checked = target
            switch target {
            case .tag(let name):
                guard let object = try reading({ () throws(GitError) in try repository.referenceTarget("refs/tags/" + name) }) else {
                    throw CheckFailure.usage("there is no tag `\(name)`", fix: "`git tag -l` lists the tags")
                }
                let input = try reading { () throws(GitError) in try facts.tagInput(name: name, object: object, operation: .existing) }
                diagnostics = TagCheck.run(input, config: config, skipping: skip)
            case .branch(let given):
                let name: String
                if let given { name = given } else { name = try currentBranch(repository) }
                checked = .branch(name)
                guard let tip = try reading({ () throws(GitError) in try repository.referenceTarget("refs/heads/" + name) }) else {
                    throw CheckFailure.usage("there is no branch `\(name)`", fix: "`git branch` lists the branches")
                }
                diagnostics = try reading { () throws(GitError) in try facts.branchFindings(name: name, tip: tip, bases: facts.bases(remotes: facts.remotes()), skip: skip) }
            }
            let status = report.finish(diagnostics, skip: skip)
            if format == .text, status == .passed {
                ProcessContext.printError("lockstep: \(checked.description): \(Self.verdict(target, config: config))\n")
            }
            return status
        } catch {
            return report.fail(error)
        }
    }

    /// "all pass", or, for a tag that states no version, that the release rules did not apply.
    static func verdict(_ target: Target, config: Config) -> String {
        guard case .tag(let name) = target, TagName(name, prefix: config.version.tagPrefix) == .other else { return "all pass" }
        return "not a release tag (release tags are `\(config.version.tagPrefix)` + a SemVer version, "
            + "like \(config.version.tagPrefix)1.2.0): no release rule applies"
    }

    /// HEAD's branch; during a rebase (HEAD detached) the branch being rebased, as git records it.
    private func currentBranch(_ repository: Repository) throws(CheckFailure) -> String {
        if let ref = repository.headBranch(), ref.hasPrefix("refs/heads/") { return String(ref.dropFirst(11)) }
        for state in ["rebase-merge", "rebase-apply"] {
            if let bytes = try? FileSystem.read(Path.join(repository.gitDirectory, state + "/head-name"), limit: 4096) {
                let ref = String(decoding: bytes, as: UTF8.self).prefix { $0 != "\n" }
                if ref.hasPrefix("refs/heads/") { return String(ref.dropFirst(11)) }
            }
        }
        let head = (try? repository.commitID(of: "HEAD")).map { " at \(repository.shortID(of: $0))" } ?? ""
        throw CheckFailure.usage("HEAD is detached\(head): it is on no branch, and the branch rules judge a branch by its name",
                                 fix: "name the branch to check: lockstep check branch NAME (git branch --contains HEAD lists candidates)")
    }
}

extension RefEntry.Target: CustomStringConvertible {
    package var description: String {
        switch self {
        case .branch(let name): return "branch \(name ?? "HEAD")"
        case .tag(let name): return "tag \(name)"
        }
    }
}

extension RefFacts {
    /// The branch rules on `name` at `tip`, and a warning when a hotfix cannot be placed because
    /// main is not in this repository.
    package func branchFindings(name: String, tip: ObjectID, bases: Bases, skip: SkipList) throws(GitError) -> [Diagnostic] {
        var found = BranchCheck.run(try branchInput(name: name, tip: tip, bases: bases), config: config, skipping: skip)
        guard BranchRole(name, config: config).isHotfix, !skip.contains("branch/hotfix-base"),
              let info = LockstepCore.rule(withID: "branch/hotfix-base")?.info, config.severity(of: info) != .off else { return found }
        // Never a silent pass: say what could not be judged.
        for (branch, tips) in [(config.branch.main, bases.main), (config.branch.develop, bases.develop)] where tips.isEmpty {
            found.append(Diagnostic("branch/hotfix-base", "cannot tell whether \(name) carries unreleased work: there is no \(branch) branch here",
                                    fix: "fetch it (git fetch origin \(branch)), or name it in .lockstep.toml ([branch] main / develop)",
                                    severity: .warning, ref: "refs/heads/" + name))
        }
        return found
    }
}
