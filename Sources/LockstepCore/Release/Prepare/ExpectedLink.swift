/// What a version's link definition should point at under Keep a Changelog: `[Unreleased]`
/// compares the newest release with `HEAD`; a release compares the previous release with itself;
/// the first release has no previous one and links to its tag's page (or compares from whatever
/// the project started at).
package struct ExpectedLink: Sendable, Equatable {
    /// The tag (or `HEAD`) the link must end at.
    package var to: String
    /// The tags the comparison may start from; empty for the first release (its tag page, or a
    /// comparison from anything).
    package var from: [String]

    package init(to: String, from: [String]) {
        self.to = to
        self.from = from
    }

    /// The target `release prepare` writes: the first `from`, or the tag page of the first release.
    package var preferred: ReleaseLinkForm.Target {
        from.first.map { .compare(from: $0, to: to) } ?? .tag(to)
    }

    /// Whether `target` is one this link accepts.
    package func accepts(_ target: ReleaseLinkForm.Target) -> Bool {
        switch target {
        case .compare(let start, let end):
            // `[Unreleased]` may end at a branch (`…/compare/v1.2.0...main`), never at a version.
            let ends = end == to || (to == "HEAD" && !end.isEmpty && !TagName.statesVersion(end))
            return ends && (from.isEmpty || from.contains(start))
        case .tag(let tag): return from.isEmpty && tag == to
        }
    }

    /// The expected link of each bracketed version heading of `changelog` (and of Unreleased),
    /// by normalized label. The previous release of a section is the next older release section;
    /// a release, final or pre-release, may also compare from the previous final release.
    package static func all(in changelog: Changelog, config: Config) -> [String: ExpectedLink] {
        let prefix = config.version.tagPrefix
        let releases = changelog.sections.filter { section in
            section.heading.isBracketed && !section.isUnreleased && section.kind(config.changelog).holdsCategories
                && section.heading.looksLikeVersion
        }
        var expected: [String: ExpectedLink] = [:]
        if let newest = releases.first {
            expected["unreleased"] = ExpectedLink(to: "HEAD", from: [prefix + newest.heading.versionWithoutPrefix])
        }
        for (index, section) in releases.enumerated() {
            let older = releases[(index + 1)...]
            var from = older.first.map { [prefix + $0.heading.versionWithoutPrefix] } ?? []
            // Past pre-releases: a final release lists everything since the previous final one, and
            // so does a release candidate that copies Unreleased (`release prepare`'s default).
            if case .success? = section.heading.semver,
               let final = older.first(where: { if case .success(let old)? = $0.heading.semver { !old.isPrerelease } else { false } }) {
                let tag = prefix + final.heading.versionWithoutPrefix
                if !from.contains(tag) { from.append(tag) }
            }
            let label = ChangelogLink.normalize(section.heading.version)
            if expected[label] == nil {
                expected[label] = ExpectedLink(to: prefix + section.heading.versionWithoutPrefix, from: from)
            }
        }
        return expected
    }
}
