/// `[announce]`: what the announcements of RELEASE_PROCESS.md step 11 say about the project.
/// `{version}` and `{tag}` in a URL stand for the release's version and tag.
package struct AnnounceConfig: Sendable, Equatable {
    /// The project's name (`KoproGo`); by default the name of the repository's folder.
    package var project: String?
    /// The documentation page of a release (`https://docs.koprogo.com/changelog/{tag}`).
    package var docsURL: String?
    /// The release page; by default drawn from the changelog's GitHub or GitLab links.
    package var releaseURL: String?

    package init() {}
}

/// `[checklist]`: what the pre-release checklist rules compare beyond commits and the changelog.
package struct ChecklistConfig: Sendable, Equatable {
    /// "When these paths changed since the previous release, these must have changed too."
    package var coChanges: [CoChange] = []
    /// Where a migration guide lives: a change to one documents a breaking change.
    package var migrationGuides = ["MIGRATION.md", "docs/migration/"]

    package init() {}
}

/// `{ when = ["backend/src/handlers/"], then = ["docs/api/"], item = "API documentation updated if endpoints changed" }`.
/// A path ending in `/` stands for everything under it; `*` matches within a path segment, `**` across them.
package struct CoChange: Sendable, Equatable {
    package var when: [String]
    package var then: [String]
    /// The pre-release checklist item this pair proves, as the checklist writes it.
    package var item: String?

    package init(when: [String], then: [String], item: String? = nil) {
        self.when = when
        self.then = then
        self.item = item
    }
}
