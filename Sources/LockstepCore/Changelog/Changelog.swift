/// A CHANGELOG.md read line by line the way Keep a Changelog 1.1.0 lays it out: a `# ` title,
/// `## ` sections (Unreleased, then releases), `### ` categories holding `- ` entries, and link
/// reference definitions. Fenced code and HTML comments are skipped. Every part keeps its line.
package struct Changelog: Sendable {
    /// The file's lines, without line endings (LF or CRLF) and without a leading byte order mark.
    package var lines: [String]
    package var title: ChangelogLine?
    package var sections: [ChangelogSection]
    package var links: [ChangelogLink]
    /// Non-blank lines before the first section that are not the title (the usual preamble).
    package var preamble: [ChangelogLine]
    /// The first line holding bytes that are not UTF-8 (decoded as U+FFFD).
    package var firstUndecodableLine: Int?
    /// The first line holding U+FFFD, whether decoding put it there or the file had it already.
    package var firstReplacementLine: Int?
    /// The line of the first NUL byte: a binary or UTF-16 file, not UTF-8 text. Rules other
    /// than `changelog/readable` do not judge such a file (git calls it binary for the same reason).
    package var firstNULLine: Int?

    package var isBinary: Bool { firstNULLine != nil }

    /// The 1-based line `number`; an empty line past the end (an empty file has no line 1).
    package func line(_ number: Int) -> ChangelogLine {
        ChangelogLine(number: number, text: number >= 1 && number <= lines.count ? lines[number - 1] : "")
    }
}

/// One line and its 1-based number.
package struct ChangelogLine: Sendable, Equatable {
    package let number: Int
    package let text: String

    package init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// The 1-based column of the first character that is not a space or a tab.
    package var contentColumn: Int { text.prefix { $0 == " " || $0 == "\t" }.count + 1 }
}

/// `## [1.2.0] - 2025-11-10` and everything up to the next `## `.
package struct ChangelogSection: Sendable {
    package var line: ChangelogLine
    package var heading: ChangelogHeading
    package var categories: [ChangelogCategory]
    /// Non-blank lines of the section before its first category (prose or items under the heading),
    /// and `#`/`####` headings there.
    package var looseLines: [ChangelogLine]
    /// The section's text, heading included, without link reference definitions (they sit at the
    /// end of the file, after the last section, and belong to no section): what "changed since
    /// HEAD" compares.
    package var body: [String]

    package var isUnreleased: Bool { heading.isUnreleased }
    package var hasEntries: Bool { categories.contains { !$0.entries.isEmpty } }
    /// Any text at all: entries, or lines outside them (prose, stray items, sub-headings).
    package var hasContent: Bool { !looseLines.isEmpty || categories.contains(where: \.hasContent) }
}

/// `### Added` and its entries.
package struct ChangelogCategory: Sendable {
    package var line: ChangelogLine
    package var name: String
    /// Where `name` starts on its line.
    package var nameColumn: Int
    /// Lines that start a top-level list item with text (`- `, `* `, `+ `, `1. `). Continuation
    /// lines and nested lists belong to the item above and are not listed.
    package var entries: [ChangelogLine]
    /// List items without text (`-` alone).
    package var emptyItems: [ChangelogLine]
    /// Other non-blank lines in the category that do not continue an entry (prose).
    package var strayLines: [ChangelogLine]
    /// `####` and deeper (and stray `#`) headings inside the category.
    package var subheadings: [ChangelogLine]

    /// Entries, prose or sub-headings: anything but empty `-` items.
    package var hasContent: Bool { !entries.isEmpty || !strayLines.isEmpty || !subheadings.isEmpty }
}

/// `[1.2.0]: https://…/compare/v1.1.0...v1.2.0`
package struct ChangelogLink: Sendable, Equatable {
    package var label: String
    package var target: String
    package var line: Int
    /// Where the label starts (after `[`).
    package var column: Int

    package init(label: String, target: String, line: Int, column: Int) {
        self.label = label
        self.target = target
        self.line = line
        self.column = column
    }

    /// CommonMark matches labels case-insensitively, with inner whitespace collapsed.
    package var normalizedLabel: String { Self.normalize(label) }

    package static func normalize(_ label: String) -> String {
        // Most labels (`1.2.0`, `unreleased`) are normal already: ASCII without capitals, spaces or tabs.
        if label.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && $0 != 0x09 && !(0x41...0x5A).contains($0) }) { return label }
        return label.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").lowercased()
    }
}
