import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep next-version [REV]`: the version the commits since the previous release tag call for,
/// alone on the first line (for scripts: `v=$(lockstep next-version | head -n1)`), then why.
/// When nothing calls for a release it says so on stderr and prints nothing on stdout. `--format json`:
/// `{"version": "1.3.0" or null, "bump": "minor" or null, "commits": [...]}`.
package struct NextVersionEntry {
    package var revision: String
    package var format: OutputFormat
    package var configPath: String?

    package init(revision: String = "HEAD", format: OutputFormat, configPath: String?) {
        self.revision = revision
        self.format = format
        self.configPath = configPath
    }

    package func run() -> ExitStatus {
        let report = RefReport(format: format == .json ? .json : .text, output: 1)
        do throws(CheckFailure) {
            let repository = try reading { () throws(GitError) in
                try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
            let facts = RefFacts(repository: repository, config: config)
            let next = try reading { () throws(GitError) in try facts.nextVersion(at: try repository.commitID(of: revision)) }
            if format == .json {
                ProcessContext.printOut(next.json(tagPrefix: config.version.tagPrefix))
            } else if let version = next.version {
                let lines = [version.description] + next.explanation(tagPrefix: config.version.tagPrefix)
                ProcessContext.printOut(lines.joined(separator: "\n") + "\n")
            } else {
                // Nothing on stdout: `v=$(lockstep next-version | head -n1)` is empty exactly when no release is due.
                ProcessContext.printError(next.explanation(tagPrefix: config.version.tagPrefix).joined(separator: "\n") + "\n")
            }
            return .passed
        } catch {
            return report.fail(error)
        }
    }
}
