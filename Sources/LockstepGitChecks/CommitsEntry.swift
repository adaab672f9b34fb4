import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep check commits RANGE…`: every commit message in the ranges, judged as stored
/// (history is already cleaned: a `#` line there is content).
package struct CommitsEntry {
    package var revisions: [String]
    package var all: Bool
    package var includeMerges: Bool
    package var format: OutputFormat
    package var configPath: String?

    package init(revisions: [String], all: Bool, includeMerges: Bool, format: OutputFormat, configPath: String?) {
        self.revisions = revisions
        self.all = all
        self.includeMerges = includeMerges
        self.format = format
        self.configPath = configPath
    }

    package func run() -> ExitStatus {
        let color = format == .text && ProcessContext.wantsColor(on: 1)
        do throws(CheckFailure) {
            let skip: SkipList
            do throws(ConfigError) { skip = try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "") } catch { throw CheckFailure(error) }
            let repository = try unreadable { () throws(GitError) in
                try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
            let walk = try unreadable { () throws(GitError) in try repository.commits(revisions, all: all) }
            let (failing, checked) = try judge(walk, with: MessageCheck(config: config, skipping: skip))
            // Short ids are read once the walk is over: the repository serves one thread at a time.
            let diagnostics = failing.flatMap { commit, found in
                let short = repository.shortID(of: commit.id)
                return found.map { finding in
                    var diagnostic = finding
                    diagnostic.commit = short
                    diagnostic.commitID = commit.id.hex
                    diagnostic.context = commit.summary
                    return diagnostic
                }
            }
            if let notice = skip.notice { ProcessContext.printError(notice + "\n") }
            ProcessContext.printOut(format.render(diagnostics, color: color))
            if format == .text {
                let summary = TextRenderer.summary(of: diagnostics).map { ": \($0) in \(failing.count) commit\(failing.count == 1 ? "" : "s")" } ?? ": all pass"
                ProcessContext.printError("lockstep: checked \(checked) commit\(checked == 1 ? "" : "s")\(summary)\n")
            }
            return ExitStatus(diagnostics: diagnostics)
        } catch {
            ProcessContext.write(format.render([error.diagnostic], color: color), to: format == .text ? 2 : 1)
            return error.status
        }
    }

    /// Reads commits on a second thread while this one judges them: on two cores the check
    /// costs about the walk alone (`git log` reads and prints on one).
    private func judge(_ walk: CommitWalk, with check: MessageCheck) throws(CheckFailure)
        -> (failing: [(CommitRecord, [Diagnostic])], checked: Int) {
        let channel = Channel<Batch>(capacity: 8)
        let producer = WalkProducer(walk: walk, channel: channel)
        var failing: [(CommitRecord, [Diagnostic])] = []
        var checked = 0
        var walkError: GitError?
        let thread = BackgroundThread { producer.run() }
        if thread == nil { producer.run() }  // no second thread: read everything first
        while let batch = channel.take() {
            switch batch {
            case .records(let records):
                for commit in records where includeMerges || commit.parentCount < 2 {
                    checked += 1
                    let message = CommitMessage(bytes: commit.message, encoding: commit.encoding, cleanup: .verbatim,
                                                commentChar: .standard)
                    let found = check.run(message)
                    if !found.isEmpty { failing.append((commit, found)) }
                }
            case .failure(let error):
                walkError = error
            }
        }
        thread?.join()
        if let walkError {
            throw CheckFailure(walkError)
        }
        return (failing, checked)
    }

    private func unreadable<T>(_ body: () throws(GitError) -> T) throws(CheckFailure) -> T {
        do throws(GitError) {
            return try body()
        } catch {
            // The same ids and exit codes as every other command: repo/bad-revision (2), repo/shallow (3).
            throw CheckFailure(error)
        }
    }
}

/// What the walking thread hands over: commits in batches (fewer hand-overs), or why it stopped.
private enum Batch: Sendable {
    case records([CommitRecord])
    case failure(GitError)
}

/// The walk, moved to the producing thread. Only that thread touches it until it finishes.
private final class WalkProducer: @unchecked Sendable {
    let walk: CommitWalk
    let channel: Channel<Batch>

    init(walk: CommitWalk, channel: Channel<Batch>) {
        self.walk = walk
        self.channel = channel
    }

    func run() {
        var batch: [CommitRecord] = []
        batch.reserveCapacity(256)
        do throws(GitError) {
            while let record = try walk.next() {
                batch.append(record)
                if batch.count == 256 {
                    channel.put(.records(batch))
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { channel.put(.records(batch)) }
        } catch {
            if !batch.isEmpty { channel.put(.records(batch)) }
            channel.put(.failure(error))
        }
        channel.finish()
    }
}
