/// A CHANGELOG.md read line by line the way Keep a Changelog 1.1.0 lays it out: a `# ` title,
/// `## ` sections (Unreleased, then releases), `### ` categories holding `- ` entries, and link
/// reference definitions. Fenced code and HTML comments are skipped. Every part keeps its line.
package struct Changelog: Sendable {
    package var lines: [String]
    package var title: ChangelogLine?
    package var sections: [ChangelogSection]
    package var links: [ChangelogLink]
    /// Non-blank lines before the first section that are not the title (the usual preamble).
    package var preamble: [ChangelogLine]
    package var firstUndecodableLine: Int?
}

/// One line and its 1-based number.
package struct ChangelogLine: Sendable, Equatable {
    package let number: Int
    package let text: String
}

/// `## [1.2.0] - 2025-11-10` and everything up to the next `## `.
package struct ChangelogSection: Sendable {
    package var line: ChangelogLine
    package var heading: ChangelogHeading
    package var categories: [ChangelogCategory]
    /// Non-blank lines of the section outside any category (prose under the heading).
    package var looseLines: [ChangelogLine]
    /// The section's text, heading included: what "changed since HEAD" compares.
    package var body: [String]

    package var isUnreleased: Bool { heading.isUnreleased }
    package var hasEntries: Bool { categories.contains { !$0.entries.isEmpty } }
}

/// `### Added` and its entries.
package struct ChangelogCategory: Sendable {
    package var line: ChangelogLine
    package var name: String
    /// Lines that start a list item (`- `, `* `, `+ `).
    package var entries: [ChangelogLine]
    /// Other non-blank lines in the category that do not continue an entry.
    package var strayLines: [ChangelogLine]
    /// `####` and deeper headings inside the category.
    package var subheadings: [ChangelogLine]
}

/// `[1.2.0]: https://…/compare/v1.1.0...v1.2.0`
package struct ChangelogLink: Sendable, Equatable {
    package var label: String
    package var target: String
    package var line: Int
}
