/// The release facts of one tree, parsed once: the source of truth's version, every mirrored
/// version, the changelog, and what could not be read (each a diagnostic with file and line).
package struct ReleaseState: Sendable {
    package var source: ManifestVersion?
    package var mirrors: [ManifestVersion] = []
    /// Manifests that exist but cannot be read: `version/manifest-readable` reports them.
    package var problems: [Diagnostic] = []
    package var changelog: Changelog?
    /// Why the changelog could not be parsed (a symlink, too large), when it exists.
    package var changelogProblem: Diagnostic?

    /// The source of truth when it states a SemVer version: what mirrors and the changelog are held
    /// to. A source that is not SemVer (`v1.1.0`, `1.0`) is `version/source-semver`'s finding alone:
    /// copying it into every mirror would spread the mistake.
    package var semVerSource: ManifestVersion? {
        guard let source, case .success = SemVer.parse(source.text) else { return nil }
        return source
    }

    /// The paths a check must load from a tree for these rules (migrations are listed, not loaded).
    package static func watchedPaths(_ config: Config) -> [String] {
        var paths = [config.version.source] + CargoManifest.workspaceRootCandidates(of: config.version.source)
        paths += config.version.mirrors + config.version.patterns.map(\.path) + [config.changelog.path]
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// The source of truth and the workspace roots it may inherit its version from: all that
    /// comparing a version with the baseline's reads.
    package static func sourcePaths(_ config: Config) -> [String] {
        [config.version.source] + CargoManifest.workspaceRootCandidates(of: config.version.source)
    }

    /// `readingChangelog: false` skips parsing the changelog, `readingMirrors: false` the mirrors
    /// and patterns, `readingManifests: false` every manifest (the baseline's source version is
    /// all a comparison needs; a lock file is the largest file of all).
    package init(tree: TreeSnapshot, config: Config, readingChangelog: Bool = true, readingMirrors: Bool = true,
                 readingManifests: Bool = true) {
        var reader = ManifestReader(tree: tree)
        source = readingManifests ? reader.sourceVersion(at: config.version.source) : nil
        if source != nil, readingMirrors {
            for mirror in config.version.mirrors where mirror != config.version.source {
                mirrors += reader.mirrorVersions(at: mirror, crate: reader.crateName)
            }
            for pattern in config.version.patterns {
                mirrors += reader.patternVersions(pattern)
            }
        }
        problems = reader.problems
        switch readingChangelog ? tree[config.changelog.path] : nil {
        case .file(let bytes)?: changelog = Changelog(bytes: bytes)
        case let entry?: changelogProblem = ManifestReader.unreadable(config.changelog.path, entry, rule: "changelog/readable")
        case nil: break
        }
    }
}
