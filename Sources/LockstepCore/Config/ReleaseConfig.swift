/// `[version]`, `[changelog]` and `[migration]`: where the release process's files live.
/// Defaults follow RELEASE_PROCESS.md ("Versioning Strategy").
package struct VersionConfig: Sendable, Equatable {
    /// The source of truth: a Cargo.toml (`[package].version`, or `[workspace.package].version`).
    package var source = "backend/Cargo.toml"
    /// Files that must carry the same version, checked when present: package.json,
    /// package-lock.json, Cargo.lock, or another Cargo.toml.
    package var mirrors = ["frontend/package.json", "frontend/package-lock.json", "backend/Cargo.lock", "Cargo.lock"]
    /// Other files that mention the version through a pattern such as `koprogo/api:{version}`.
    package var patterns: [VersionPattern] = []
    /// Release tags are this prefix and a SemVer version.
    package var tagPrefix = "v"

    package init() {}
}

/// A file and the text around the version in it: `{ path = "deploy/compose.yml", pattern = "koprogo/api:{version}" }`.
package struct VersionPattern: Sendable, Equatable {
    package var path: String
    package var pattern: String

    package init(path: String, pattern: String) {
        self.path = path
        self.pattern = pattern
    }

    /// The text before and after `{version}`.
    package var parts: (prefix: String, suffix: String)? {
        guard let range = pattern.range(of: "{version}") else { return nil }
        return (String(pattern[..<range.lowerBound]), String(pattern[range.upperBound...]))
    }
}

package struct ChangelogConfig: Sendable, Equatable {
    package var path = "CHANGELOG.md"
    /// Leniency for an existing changelog; the defaults are Keep a Changelog 1.1.0 as written.
    /// `## ` headings allowed besides Unreleased and releases (`Notes`); their content is not checked.
    package var extraSections: [String] = []
    /// `### ` categories allowed besides the six of Keep a Changelog.
    package var extraCategories: [String] = []
    /// Whether `### Added (backend)` counts as Added: a category, a space, then any qualifier.
    package var categorySuffixes = false
    /// Whether text may stand between a section heading and its first category (a summary).
    package var sectionSummaries = false

    package init() {}
}

package struct MigrationConfig: Sendable, Equatable {
    /// sqlx migrations: `<version>_<name>.up.sql` with its `.down.sql`.
    package var path = "backend/migrations"

    package init() {}
}
