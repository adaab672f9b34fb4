/// What the pre-release checklist rules judge: the release being made (a version, or the
/// Unreleased section before one is chosen), its tree's changelog, the previous release tag, and
/// what happened since that tag: the commits and the paths they changed.
package struct PreReleaseInput: Sendable {
    /// The version being released; nil judges the Unreleased section.
    package var version: SemVer?
    package var tree: ReleaseInput
    /// The highest release tag in the history of the commit being released, below `version`.
    package var previous: ReleaseTag?
    /// Commits since `previous` (all of them when there is none), newest first, merges left out.
    package var commits: [ReleaseCommit]
    /// Paths that differ between `previous`'s tree and the released tree (all paths without one).
    package var changedPaths: [String]

    package init(version: SemVer?, tree: ReleaseInput, previous: ReleaseTag?, commits: [ReleaseCommit], changedPaths: [String]) {
        self.version = version
        self.tree = tree
        self.previous = previous
        self.commits = ReleaseCommit.withoutReverted(commits)  // a reverted change ships nothing
        self.changedPaths = changedPaths
    }

    /// The section the release's entries are in: the version's own, else Unreleased (before
    /// `release prepare` has moved them).
    package var notes: ReleaseNotes? {
        guard let changelog = tree.current.changelog, !changelog.isBinary else { return nil }
        if let version, let notes = ReleaseNotes(changelog, .version(version.description)) { return notes }
        return ReleaseNotes(changelog, .unreleased)
    }

    /// How messages name the section: `## [1.3.0]` or `## [Unreleased]`.
    var sectionName: String { notes.map { "## [\($0.version)]" } ?? "## [\(version?.description ?? "Unreleased")]" }

    /// `since v1.2.0`, or `so far` before the first release.
    var since: String { previous.map { "since \($0.name)" } ?? "so far" }
}

/// Sections: `-- version --` the release (absent: Unreleased); `-- tags --` earlier release tags
/// (the highest is the previous release); `-- commits --` the commits since it, newest first;
/// `-- changed --` the paths changed since it; any other section a file of the released tree.
extension PreReleaseInput: ExampleInput {
    static let factSections: Set<String> = ["version", "tags", "commits", "changed"]

    package init(exampleText: String, config: Config) {
        let sections = ExampleSections(exampleText)
        let tags = (sections.values("tags") ?? []).compactMap { ReleaseTag(name: $0, prefix: config.version.tagPrefix) }
        let version = sections.value("version").flatMap { try? SemVer.parse($0).get() }
        self.init(version: version,
                  tree: ReleaseInput(tree: sections.tree(excluding: Self.factSections), baseline: nil, tags: [], config: config),
                  previous: ReleaseTag.highest(tags), commits: sections.commits("commits"),
                  changedPaths: sections.values("changed") ?? [])
    }

    /// Markers in commits point into the message; a marker on a changed path points at that file.
    package static func markers(in example: Example) -> [Marker] {
        let sections = ExampleSections(example.text)
        let changed = sections.sections.first { $0.name == "changed" }?.lines.compactMap { line in
            line.contains(Example.marker) ? Marker(file: line.filter { $0 != Example.marker }, line: 0, column: 0) : nil
        } ?? []
        return sections.markers(names: ["version", "tags"], commits: ["commits"]).filter { $0.file != "changed" } + changed
    }
}
