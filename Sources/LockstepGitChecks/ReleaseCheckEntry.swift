import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep check release [VERSION]`: the pre-release checklist a machine can judge, on HEAD
/// (or `--rev`): the changelog covers the commits since the previous release, breaking changes are
/// documented, configured paths changed together.
package struct ReleaseCheckEntry {
    package var version: String?
    package var revision: String
    package var format: OutputFormat
    package var configPath: String?

    package init(version: String?, revision: String = "HEAD", format: OutputFormat, configPath: String?) {
        self.version = version
        self.revision = revision
        self.format = format
        self.configPath = configPath
    }

    /// A release judged: what was read and what the rules found.
    package struct Judgement {
        package let input: PreReleaseInput
        package let diagnostics: [Diagnostic]
        package let config: Config
        /// The commit judged, abbreviated.
        package let commit: String
        /// `release 1.3.0 since v1.2.0 (12 commits)`, for the log.
        package var summary: String {
            let what = input.version.map { "release \($0)" } ?? "the Unreleased section"
            let count = "\(input.commits.count) commit\(input.commits.count == 1 ? "" : "s")"
            return "\(what) \(input.previous.map { "since \($0.name)" } ?? "(no earlier release)") (\(count))"
        }
    }

    package func run() -> ExitStatus {
        let report = RefReport(format: format, output: 1)
        do throws(CheckFailure) {
            let skip = try skipList()
            let judgement = try judge(skipping: skip)
            let status = report.finish(judgement.diagnostics, skip: skip)
            if format == .text {
                ProcessContext.printError("lockstep: checked \(judgement.summary): \(TextRenderer.summary(of: judgement.diagnostics) ?? "all pass")\n")
            }
            return status
        } catch {
            return report.fail(error)
        }
    }

    /// Reads the repository and runs the pre-release rules.
    package func judge(skipping skip: SkipList = SkipList()) throws(CheckFailure) -> Judgement {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
        let facts = RefFacts(repository: repository, config: config)
        let named = try version.map { text throws(CheckFailure) -> SemVer in
            let prefix = config.version.tagPrefix
            let bare = !prefix.isEmpty && text.hasPrefix(prefix) && text.dropFirst(prefix.count).first.map { ("0"..."9").contains($0) } == true
                ? String(text.dropFirst(prefix.count)) : text
            guard case .success(let parsed) = SemVer.parse(bare) else {
                throw CheckFailure.usage("`\(text)` is no version", fix: "name it as X.Y.Z, e.g. lockstep check release 1.3.0")
            }
            return parsed
        }
        return try reading { () throws(GitError) in
            let commit = try repository.commitID(of: revision)
            let branch = revision == "HEAD" ? repository.headBranch().flatMap { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : nil } : nil
            var version = named
            if version == nil { version = try facts.releaseVersion(branch: branch, at: commit) }
            let input = try facts.preReleaseInput(version: version, at: commit)
            return Judgement(input: input, diagnostics: PreReleaseCheck.run(input, config: config, skipping: skip), config: config,
                             commit: repository.shortID(of: commit))
        }
    }
}
