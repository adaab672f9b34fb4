/// Everything `release prepare` will write, computed in memory before any byte is: the new text
/// of each file, judged as the tree it makes by the version and changelog rules (what the
/// pre-commit hook will say of the commit), or the reasons it cannot be made.
package struct ReleasePlan: Sendable {
    package struct FileChange: Sendable, Equatable {
        package var path: String
        package var old: [UInt8]
        package var new: [UInt8]
    }

    package var changes: [FileChange] = []
    /// Why the release cannot be prepared; nothing is written when this is not empty.
    package var refusals: [Diagnostic] = []
    /// The changelog as the release leaves it, which the tag's message is drawn from.
    package var releasedChangelog: [UInt8]?

    /// Every file already says this version: a second run has nothing to do.
    package var isPrepared: Bool { changes.isEmpty && refusals.isEmpty }

    /// - Parameters:
    ///   - tree: the files as they are now (watched paths and workspace member manifests).
    ///   - baseline: HEAD's files at the paths asked for (nil without a HEAD), which the would-be
    ///     tree is compared with as the hook will: first the source of truth, then only what the
    ///     findings need (`ReleaseCheck.baselinePaths`), so HEAD's lock files are not read for nothing.
    ///   - tags: the release tag the version is compared with (the previous release).
    package init(tree: TreeSnapshot, baseline: (_ paths: [String]) -> TreeSnapshot?, members: [String], tags: [String],
                 config: Config, request: ChangelogRelease.Request) {
        let versions = VersionEdits(tree: tree, config: config, version: request.version, members: members)
        refusals += versions.problems
        var edits = versions.edits
        let path = config.changelog.path
        var parsedChangelog: (bytes: [UInt8], changelog: Changelog)?
        switch tree[path] {
        case .file(let bytes)?:
            let changelog = ChangelogRelease(bytes: bytes, request: request, config: config)
            parsedChangelog = changelog.parsed.map { (bytes, $0) }
            refusals += changelog.problems
            if !changelog.edits.isEmpty { edits[path, default: []] += changelog.edits }
        case .some:
            refusals.append(Diagnostic(VersionEdits.rule, "\(path) is not a regular file", fix: "commit the changelog itself at \(path)", file: path))
        case nil:
            refusals.append(Diagnostic(VersionEdits.rule, "\(path) is missing",
                                       fix: "create it with `# Changelog` and a `## [Unreleased]` section listing the changes, then run `\(request.commandLine)` again",
                                       file: path))
        }
        guard refusals.isEmpty else { return }
        var wouldBe = tree
        for (file, fileEdits) in edits.sorted(by: { $0.key < $1.key }) {
            guard case .file(let old)? = tree[file] else { continue }
            let new = ByteEdit.apply(fileEdits, to: old)
            guard new != old else { continue }
            changes.append(FileChange(path: file, old: old, new: new))
            wouldBe.entries[file] = .file(new)
        }
        if case .file(let bytes)? = wouldBe[path] { releasedChangelog = bytes }
        guard !changes.isEmpty else { return }
        // The would-be tree, parsed again: it must state the version everywhere and pass the rules.
        // The tree rules read only the baseline's source of truth, and its changelog, whose
        // unchanged sections they skip: its mirrors are parsed only when there are findings to
        // tell apart from those HEAD has already (as the hook does).
        let sourcePaths = [config.version.source] + CargoManifest.workspaceRootCandidates(of: config.version.source)
        let sources = baseline(sourcePaths + [config.changelog.path])
        let input = ReleaseInput(tree: wouldBe, baseline: sources, tags: tags, config: config, parsedBaselineChangelog: parsedChangelog)
        if let source = input.current.source, source.text != request.version {
            refusals.append(Diagnostic(VersionEdits.rule, "after the edits \(source.file) would still say \(source.text)",
                                       fix: "set the version by hand, then run `\(request.commandLine)` again", file: source.file))
        }
        var found = ReleaseCheck.run(input, config: config)
        if !found.isEmpty, let before = baseline(ReleaseCheck.baselinePaths(for: found, config: config)) {
            // The same would-be tree, compared with HEAD's files (its `previous` state reads only
            // the source manifest, which `sources` holds already).
            var compared = input
            compared.baseline = before
            found = ReleaseCheck.introduced(found, in: compared, comparedWith: before, config: config)
        }
        refusals += found.filter { $0.severity == .error }
        if !refusals.isEmpty { changes = [] }
    }

    /// The annotated tag's message: a title line, a blank line, then what `lockstep release notes
    /// VERSION` prints for the release's section (its Markdown and the link definitions it uses).
    /// Parsed only here: most runs make no tag.
    package func tagMessage(tag: String, version: String) -> String {
        let notes = releasedChangelog.flatMap { ReleaseNotes.markdown(Changelog(bytes: $0), version: version) } ?? ""
        return "Release \(tag)\n" + (notes.isEmpty ? "" : "\n" + notes)
    }

    /// `diff -u` of every change.
    package var diff: String {
        changes.map { UnifiedDiff.render(path: $0.path, old: $0.old, new: $0.new) }.joined()
    }
}
