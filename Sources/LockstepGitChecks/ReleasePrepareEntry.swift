import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep release prepare VERSION|major|minor|patch|auto`: sets the version in every file that
/// carries it and moves Unreleased into the release's section, all or nothing; then, when asked,
/// makes the release branch, the commit and the annotated tag through the `git` command (so the
/// user's hooks, signing and identity apply). See docs/release.md.
package struct ReleasePrepareEntry {
    package var version: String
    package var pre: String?
    /// `--date YYYY-MM-DD`; nil: today where the user is (TZ), `utc`: today in UTC.
    package var date: String?
    package var dryRun = false
    package var allowDirty = false
    package var allowEmpty = false
    /// A pre-release moves Unreleased into its section instead of copying it.
    package var consumeUnreleased = false
    package var branch = false
    package var commit = false
    package var tag = false
    package var format: OutputFormat
    package var configPath: String?
    /// `-C PATH`, as given (for the command the fixes print; the caller has entered it already).
    package var directory: String?

    package init(version: String, format: OutputFormat, configPath: String?, directory: String?) {
        self.version = version
        self.format = format
        self.configPath = configPath
        self.directory = directory
    }

    /// The command as typed (options in a fixed order), for fixes that rerun it with one more option.
    package var commandLine: String {
        var words = ["lockstep"]
        if let directory { words += ["-C", directory] }
        if let configPath { words += ["--config", configPath] }
        words += ["release", "prepare", version]
        if let pre { words += ["--pre", pre] }
        if let date { words += ["--date", date] }
        let flags: [(Bool, String)] = [(allowDirty, "--allow-dirty"), (allowEmpty, "--allow-empty"),
                                       (consumeUnreleased, "--consume-unreleased"), (branch, "--branch"), (commit, "--commit"),
                                       (tag, "--tag"), (dryRun, "--dry-run")]
        words += flags.filter(\.0).map(\.1)
        return words.map(ShellQuoting.quote).joined(separator: " ")
    }

    package func run() -> ExitStatus {
        let report = RefReport(format: format, output: 2)
        do throws(CheckFailure) {
            return try prepare(report: report)
        } catch {
            return report.fail(error)
        }
    }

    private func refuse(_ diagnostics: [Diagnostic], report: RefReport) -> ExitStatus {
        ProcessContext.write(format.render(diagnostics, color: report.color), to: 2)
        say("nothing was written")
        return .ruleFailed
    }

    private func say(_ line: String) { ProcessContext.printError("lockstep: \(line)\n") }

    private func prepare(report: RefReport) throws(CheckFailure) -> ExitStatus {
        let repository = try reading { () throws(GitError) in
            try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
        }
        guard let root = repository.workDirectory.map(Path.withoutTrailingSlash) else {
            throw CheckFailure.usage("a bare repository has no files to prepare", fix: "run it in a clone with a work tree")
        }
        let config = try ConfigLoader.load(explicitPath: configPath, workTree: root)
        guard let head = try? repository.commitID(of: "HEAD") else {
            throw CheckFailure.usage("HEAD has no commit yet", fix: "commit the project first: `git commit`")
        }
        let facts = RefFacts(repository: repository, config: config)
        let prefix = config.version.tagPrefix
        let allTags = try reading { () throws(GitError) in try facts.releaseTags() }

        // The files as they are now: the watched paths and the manifests of the source's workspace.
        var tree = try WorkTreeReader.snapshot(root: root, paths: ReleaseState.watchedPaths(config), listing: [])
        let members = Self.workspaceMembers(root: root, source: config.version.source, tree: tree)
        let more = try WorkTreeReader.snapshot(root: root, paths: members, listing: [])
        tree.entries.merge(more.entries) { current, _ in current }
        let currentVersion = VersionEdits.sourceVersion(in: tree, config: config).flatMap { try? SemVer.parse($0).get() }
        // "The previous release" is the highest release tag in HEAD's history, and a bump applies
        // to the highest final one. When HEAD carries the tag of the version the files state and
        // the request, read past HEAD, names that version, this is a second run of that release.
        func releases(besides skipped: ObjectID?) throws(CheckFailure) -> (any: ReleaseTag?, final: ReleaseTag?) {
            try reading { () throws(GitError) in
                let (any, final) = try ReleaseTagHistory.highestAndFinal(in: repository, before: "HEAD", prefix: prefix, besides: skipped)
                return (any.map { ReleaseTag(name: $0.name, version: $0.version) }, final.map { ReleaseTag(name: $0.name, version: $0.version) })
            }
        }
        func resolve(_ found: (any: ReleaseTag?, final: ReleaseTag?), next: SemVer?, besides skipped: ObjectID? = nil) throws(ReleaseRefusal) -> SemVer {
            let base = found.final?.version ?? currentVersion ?? SemVer(major: "0", minor: "0", patch: "0")
            let tags = allTags.filter { $0.commit != skipped }.map(\.tag.version)
            return try ReleaseTarget.resolve(version, pre: pre, base: base, next: next, tags: tags, tagPrefix: prefix)
        }
        var (previous, previousFinal) = try releases(besides: nil)
        let taggedHere = currentVersion.map { version in allTags.contains { $0.commit == head && $0.tag.version == version } } ?? false
        let pastHead = taggedHere ? try releases(besides: head) : nil
        let next = version != "auto" ? nil : try reading { () throws(GitError) in try facts.nextVersion(at: head) }.version
        let target: SemVer
        do throws(ReleaseRefusal) {
            // A bump asked for on a final release's tagged commit whose Unreleased lists changes is
            // the next release, not this one again (a re-run leaves Unreleased empty).
            let nextRelease = pastHead != nil && ["major", "minor", "patch", "auto"].contains(version)
                && currentVersion.map { !$0.isPrerelease } == true
                && Self.unreleasedHasContent(tree, config: config)
            // `auto` without `--pre` names a final release (next-version never names a pre-release):
            // on a tagged release candidate it is the release the candidate leads to, not a re-run.
            let finishesCandidate = version == "auto" && pre == nil && currentVersion?.isPrerelease == true
            if !nextRelease, !finishesCandidate, let pastHead, let currentVersion, let again = try? resolve(pastHead, next: currentVersion, besides: head),
               again == currentVersion {
                (previous, previousFinal) = pastHead
                target = again
            } else {
                target = try resolve((previous, previousFinal), next: next)
            }
        } catch {
            return refuse([error.diagnostic], report: report)
        }
        let tagName = prefix + target.description
        let tagExists = allTags.contains { $0.tag.name == tagName }
        let tagOnHead = allTags.contains { $0.tag.name == tagName && $0.commit == head }

        // The changelog's previous release: past the pre-releases when the release is final, or
        // when a pre-release leaves Unreleased in place (its section lists all since then).
        let moves = !target.isPrerelease || consumeUnreleased
        let linkBase = target.isPrerelease && moves ? previous : previousFinal
        var request = ChangelogRelease.Request(
            version: target.description, date: try releaseDate(), previousTag: linkBase?.name,
            remoteForm: Self.remoteForm(repository), mode: moves ? .move : .copy, allowsEmpty: allowEmpty,
            commandLine: commandLine)
        // HEAD's files are located now and read as the plan asks for them (see ReleasePlan).
        let located = try reading { () throws(GitError) in
            try repository.locate(.revision(head.hex), paths: ReleaseState.watchedPaths(config), listing: [])
        }
        var unreadable: GitError?
        func makePlan(_ request: ChangelogRelease.Request) -> ReleasePlan {
            ReleasePlan(tree: tree, baseline: { paths in
                guard let located, unreadable == nil else { return nil }
                do throws(GitError) {
                    return try repository.load(located.restricted(to: paths))
                } catch {
                    unreadable = error
                    return nil
                }
            }, members: members, tags: previous.map { [$0.name] } ?? [], config: config, request: request)
        }
        var plan = makePlan(request)
        // An empty Unreleased while commits call for a release: their entries are missing, and
        // `--allow-empty` would publish "no notable changes" (read only on this refusal).
        if !allowEmpty, plan.refusals.contains(where: { $0.message.hasPrefix("nothing to release:") }),
           let called = try? facts.nextVersion(at: head), called.version != nil, let since = called.previous?.name {
            request.unlistedChangesSince = since
            plan = makePlan(request)
        }
        if let unreadable { try reading { () throws(GitError) -> Void in throw unreadable } }

        var refusals: [Diagnostic] = []
        if !(plan.isPrepared && tagOnHead) {
            if let previous, !target.isHigher(than: previous.version) {
                refusals.append(Diagnostic(VersionEdits.rule, "\(target) is not above the previous release \(previous.name)",
                                           fix: "release the next version: `lockstep release prepare \(Self.nextFree(after: previous.version, asked: target, tags: allTags.map(\.tag.version)))`"))
            } else if tagExists {
                // Above the highest tag in HEAD's history, so on a line HEAD does not contain: most
                // often a release branch not merged back (RELEASE_PROCESS.md "Merge back").
                refusals.append(Diagnostic(VersionEdits.rule, "the tag \(tagName) exists already, on a commit HEAD does not contain",
                                           fix: "release another version (`lockstep release prepare \(Self.nextFree(after: target, asked: target, tags: allTags.map(\.tag.version)))`), "
                                               + "or, if that release belongs here (a release branch not merged back), merge it first: `git merge \(ShellQuoting.quote(tagName))`"))
            }
            if let currentVersion, target.isLower(than: currentVersion) {
                // A version whose tag exists is released already: name the next free one.
                let released = allTags.contains { $0.tag.version.description == currentVersion.description }
                let suggested = released ? Self.nextFree(after: currentVersion, asked: target, tags: allTags.map(\.tag.version))
                    : currentVersion.description
                refusals.append(Diagnostic(VersionEdits.rule, "\(target) is below the version the files state already (\(currentVersion))",
                                           fix: "release \(suggested) or above: `lockstep release prepare \(suggested)`",
                                           file: config.version.source))
            }
        }
        if tag, !tagOnHead, let refusal = try bumpRefusal(target: target, facts: facts, head: head) {
            refusals.append(refusal)
        }
        let headName = repository.headBranch().map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : $0 }
        if let headName, let branchVersion = ReleaseBranch.otherVersion(onBranch: headName, than: target, config: config) {
            // `branch/release-version` would refuse the commit's push: name the branch's own release.
            var again = self
            again.version = branchVersion.description
            again.pre = target.isPrerelease ? (pre ?? target.prerelease.first) : nil
            // A hotfix branch named for the wrong patch is renamed; a release branch keeps its release.
            let renamed = "hotfix/" + prefix + SemVer(major: target.major, minor: target.minor, patch: target.patch).description
            let fix = headName.hasPrefix("hotfix/") && !target.isPrerelease
                ? "release \(branchVersion) here (`\(again.commandLine)`), or, if \(target) is the hotfix, rename the branch: `git branch -m \(ShellQuoting.quote(headName)) \(ShellQuoting.quote(renamed))`"
                : "release \(branchVersion) here: `\(again.commandLine)`"
            refusals.append(Diagnostic(VersionEdits.rule, "HEAD is on \(headName), which releases \(branchVersion) and its pre-releases, not \(target); another release starts from \(headName.hasPrefix("hotfix/") ? config.branch.main : config.branch.develop)",
                                       fix: fix))
        }
        refusals += plan.refusals
        guard refusals.isEmpty else { return refuse(refusals, report: report) }

        let releaseBranch = ReleaseBranch(target: target, head: headName, config: config)
        let branchName = releaseBranch.name
        let onBranch = releaseBranch.isCurrent
        if branch, !onBranch {
            if (try? repository.referenceTarget("refs/heads/\(branchName)")) != nil {
                return refuse([Diagnostic(VersionEdits.rule, "the branch \(branchName) exists already",
                                          fix: "continue there: `git switch \(branchName)`, or delete it first: `git branch -D \(branchName)`")], report: report)
            }
            let baseExists = (try? repository.referenceTarget("refs/heads/\(releaseBranch.base)")) != nil
            if let refusal = releaseBranch.refusal(head: headName, headCommit: String(head.hex.prefix(12)), baseExists: baseExists,
                                                   config: config, commandLine: commandLine) {
                return refuse([refusal], report: report)
            }
        }

        if dryRun {
            ProcessContext.printOut(plan.diff)
            if plan.isPrepared { say("nothing to do: every file says \(target) and \(config.changelog.path) has its section") }
            if branch, !onBranch { say("would create the branch \(branchName)") }
            if commit { say("would commit: chore: prepare release \(tagName)") }
            if tag, !tagOnHead { say("would tag \(tagName)") }
            return .passed
        }

        var paths = plan.changes.map(\.path)
        // `--no-optional-locks`: only look (git would otherwise refresh the index, a write).
        let status = CommandOutput.run(["git", "--no-optional-locks", "-C", root, "status", "--porcelain", "-z", "--untracked-files=no"])
        guard status.succeeded else {
            throw CheckFailure.unreadable("the work tree's status", "`git status` failed (exit \(status.status))", fix: "run `git status` to see why")
        }
        let changed = Self.changedPaths(status.output)
        // Release files already edited (a version bumped by hand, an earlier run without --commit)
        // belong in the release commit too: without them it would not carry the release.
        let releaseFiles = Set(ReleaseState.watchedPaths(config) + members)
        let uncommitted = changed.filter { releaseFiles.contains($0) && !paths.contains($0) }
        if !allowDirty {
            let dirty = changed.filter { !paths.contains($0) && !releaseFiles.contains($0) }
            if !dirty.isEmpty {
                return refuse([Diagnostic(VersionEdits.rule, "the work tree has changes besides the release files: \(dirty.prefix(5).joined(separator: ", "))\(dirty.count > 5 ? ", …" : "")",
                                          fix: "commit or stash them (`git stash`), or keep them: `\(commandLine) --allow-dirty`")], report: report)
            }
        }
        if tag, !commit, !plan.isPrepared || !uncommitted.isEmpty {
            return refuse([Diagnostic(VersionEdits.rule, "--tag needs the release commit: the tag would name a commit without the release files",
                                      fix: "`\(commandLine) --commit`")], report: report)
        }

        if plan.isPrepared, uncommitted.isEmpty {
            say("nothing to do: every file says \(target) and \(config.changelog.path) has its section")
        } else if plan.isPrepared {
            say("nothing to write: every file says \(target) and \(config.changelog.path) has its section; "
                + (commit ? "committing them" : "they are not committed: `\(commandLine) --commit`"))
        } else {
            do throws(FileReplacement.Failure) {
                // From the top of the work tree, so messages name the files as the configuration does.
                guard FileSystem.changeDirectory(root) else { throw FileReplacement.Failure(reason: "cannot enter \(root)", restored: [], notRestored: []) }
                try FileReplacement.replace(plan.changes.map { ($0.path, $0.old, $0.new) })
            } catch {
                var lines = ["cannot write the release files: \(error.reason)"]
                if !error.restored.isEmpty { lines.append("put back as they were: \(error.restored.joined(separator: ", "))") }
                if !error.notRestored.isEmpty { lines.append("COULD NOT put back (they hold the new text): \(error.notRestored.joined(separator: ", "))") }
                lines.append(error.notRestored.isEmpty ? "no file was changed" : "restore them with `git checkout -- \(error.notRestored.map(ShellQuoting.quote).joined(separator: " "))`")
                if let fix = error.fix { lines.append("fix: \(fix), then run `\(commandLine)` again") }
                for line in lines { say(line) }
                return .unreadable
            }
            say("prepared \(target): \(paths.joined(separator: ", "))")
        }
        paths = (paths + uncommitted).sorted()
        return gitSteps(root: root, paths: paths, branchName: branchName, onBranch: onBranch, target: target, tagName: tagName,
                        tagOnHead: tagOnHead, plan: plan)
    }

    /// Why `tag/bump-kind` would refuse the tag at the push: its version is not the one the commits
    /// since the previous release tag call for (1.5.0 asked for over a breaking change). Nil when it
    /// would pass.
    private func bumpRefusal(target: SemVer, facts: RefFacts, head: ObjectID) throws(CheckFailure) -> Diagnostic? {
        let called = try reading { () throws(GitError) in try facts.nextVersion(at: head) }
        guard let previous = called.previous, target.isHigher(than: previous.version) else { return nil }
        let core = SemVer(major: target.major, minor: target.minor, patch: target.patch)
        guard let expected = called.version else {
            return Diagnostic(VersionEdits.rule, "no commit since \(previous.name) is a feature, a fix or a breaking change: `tag/bump-kind` would refuse the tag \(facts.config.version.tagPrefix)\(target) at the push",
                              fix: "release once a `fix`, `perf` or `feat` commit is in, or prepare the files without `--tag`")
        }
        guard core != expected else { return nil }
        var again = self
        again.version = expected.description
        again.pre = target.isPrerelease ? (pre ?? target.prerelease.first) : nil
        let why = called.bump.map { "a \($0) release" } ?? "it"
        return Diagnostic(VersionEdits.rule, "the commits since \(previous.name) call for \(why), \(expected), not \(core): `tag/bump-kind` would refuse the tag at the push (`lockstep next-version` says why)",
                          fix: "release \(expected): `\(again.commandLine)`")
    }

    /// `--branch`, `--commit`, `--tag`, each through `git` so hooks, signing and identity apply.
    private func gitSteps(root: String, paths: [String], branchName: String, onBranch: Bool, target: SemVer, tagName: String,
                          tagOnHead: Bool, plan: ReleasePlan) -> ExitStatus {
        if branch, !onBranch {
            guard CommandOutput.run(["git", "-C", root, "switch", "-c", branchName], capturing: false).succeeded else {
                say("the files are prepared, but the branch \(branchName) could not be made; make it with `git switch -c \(branchName)`")
                return .ruleFailed
            }
        }
        if commit, !paths.isEmpty {
            let message = "chore: prepare release \(tagName)"
            let added = CommandOutput.run(["git", "-C", root, "add", "--"] + paths, capturing: false)
            guard added.succeeded,
                  CommandOutput.run(["git", "-C", root, "commit", "-m", message, "--"] + paths, capturing: false).succeeded else {
                say("the files are prepared, but the commit failed (see above); commit them with `git commit -m \(ShellQuoting.quote(message)) -- \(paths.map(ShellQuoting.quote).joined(separator: " "))`")
                return .ruleFailed
            }
        }
        if tag, !tagOnHead {
            if let failure = Self.tag(tagName, message: plan.tagMessage(tag: tagName, version: target.description), root: root) {
                // A second run finds the release prepared and makes only the tag, with the same message.
                say("the release commit is made, but the tag failed (\(failure)); once that is cleared, tag it with `lockstep release prepare \(target) --tag`")
                return .ruleFailed
            }
            say("tagged \(tagName); publish with `git push --follow-tags origin HEAD`")
        }
        return .passed
    }

    /// `git tag -a` with the message as written: `--cleanup=verbatim`, since the default cleanup
    /// drops lines that start with `#` (every `### Added`), and `-F` from a file, since a long
    /// section passed with `-m` could exceed the kernel's limit on one argument (128 KiB).
    /// Returns why the tag could not be made, nil once it is.
    private static func tag(_ name: String, message: String, root: String) -> String? {
        let folder: String
        do throws(SystemError) { folder = try TemporaryDirectory.make(prefix: "lockstep-tag-") } catch {
            return "cannot make a temporary file for its message: \(error.description)"
        }
        defer { TemporaryDirectory.remove(folder) }
        let file = Path.join(folder, "message")
        do throws(SystemError) { try TemporaryDirectory.write(Array(message.utf8), to: file) } catch {
            return "cannot write its message to a temporary file: \(error.description)"
        }
        let made = CommandOutput.run(["git", "-C", root, "tag", "-a", "--cleanup=verbatim", "-F", file, name], capturing: false)
        return made.succeeded ? nil : "`git tag` exited with \(made.status), see above"
    }

    /// `--date`, or today (local, or UTC with `--date utc`).
    private func releaseDate() throws(CheckFailure) -> String {
        if let date, date != "utc", date != "local" {
            guard let parsed = CalendarDate(date) else {
                throw CheckFailure.usage("--date \(date) is not a YYYY-MM-DD date", fix: "write it like `--date 2025-11-10`")
            }
            return parsed.description
        }
        let today = Today.date(utc: date == "utc")
        return CalendarDate("\(Self.pad(today.year, 4))-\(Self.pad(today.month, 2))-\(Self.pad(today.day, 2))")?.description ?? "1970-01-01"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The first patch after `version` with no tag yet.
    /// Whether the changelog's `## [Unreleased]` lists anything.
    static func unreleasedHasContent(_ tree: TreeSnapshot, config: Config) -> Bool {
        guard case .file(let bytes)? = tree[config.changelog.path] else { return false }
        return Changelog(bytes: bytes).sections.first(where: \.isUnreleased)?.hasContent ?? false
    }

    /// The lowest version above `previous`, of the kind asked for, that no tag names: after a
    /// pre-release, its next number (1.3.0-rc.1 → 1.3.0-rc.2) when a pre-release was asked for, else
    /// the release it leads to (1.3.0); after a final release, the next patch.
    static func nextFree(after previous: SemVer, asked: SemVer, tags: [SemVer]) -> String {
        let core = SemVer(major: previous.major, minor: previous.minor, patch: previous.patch)
        var candidate = BumpKind.patch.applied(to: previous)
        if previous.isPrerelease {
            candidate = core
            if asked.isPrerelease, previous.prerelease.count == 2, Int(previous.prerelease[1]) != nil,
               let next = try? ReleaseTarget.resolve(core.description, pre: previous.prerelease[0], base: core, next: nil,
                                                     tags: tags, tagPrefix: "") {
                candidate = next
            }
        }
        while tags.contains(where: { $0.description == candidate.description }) { candidate = BumpKind.patch.applied(to: candidate) }
        return candidate.description
    }

    /// The paths `git status --porcelain -z` names (both sides of a rename).
    static func changedPaths(_ output: [UInt8]) -> [String] {
        var paths: [String] = []
        var expectingSource = false
        for record in output.split(separator: 0) {
            if expectingSource {
                paths.append(String(decoding: record, as: UTF8.self))
                expectingSource = false
                continue
            }
            guard record.count > 3 else { continue }
            paths.append(String(decoding: record.dropFirst(3), as: UTF8.self))
            expectingSource = record.first == UInt8(ascii: "R") || record.first == UInt8(ascii: "C")
        }
        return paths
    }

    /// The links' form from `origin`'s URL (else the first remote's).
    static func remoteForm(_ repository: Repository) -> ReleaseLinkForm? {
        let names = (try? repository.remoteNames()) ?? []
        for name in names.filter({ $0 == "origin" }) + names.filter({ $0 != "origin" }) {
            if let url = (try? repository.configString("remote.\(name).url")) ?? nil, let form = ReleaseLinkForm.forRemote(url) { return form }
        }
        return nil
    }

    /// The Cargo.toml of each member of the source's workspace (globs such as `crates/*` expanded).
    static func workspaceMembers(root: String, source: String, tree: TreeSnapshot) -> [String] {
        guard let (manifest, document) = CargoWorkspace.root(of: source, in: tree) else { return [] }
        let folder = manifest.split(separator: "/").dropLast().joined(separator: "/")
        let (patterns, excluded) = CargoWorkspace.members(in: document)
        var found: [String] = []
        for pattern in patterns {
            var folders = [folder]
            for segment in pattern.split(separator: "/") where segment != "." {
                folders = folders.flatMap { parent -> [String] in
                    guard segment.contains(where: { "*?[".contains($0) }) else { return [Self.join(parent, String(segment))] }
                    return FileSystem.names(in: Path.join(root, parent.isEmpty ? "." : parent)).sorted()
                        .filter { Glob.matches(String(segment), $0) }
                        .map { Self.join(parent, $0) }
                }
            }
            for member in folders where !excluded.contains(where: { Self.join(folder, $0) == member }) {
                found.append(Self.join(member, "Cargo.toml"))
            }
        }
        return found
    }

    private static func join(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
}
