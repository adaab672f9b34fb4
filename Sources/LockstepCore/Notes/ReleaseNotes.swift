/// A changelog section as a release page shows it: the section's Markdown without its heading,
/// with the link reference definitions its text uses (every reference form) and without the
/// file's footer; and the same section as data (summary, entries by category, breaking marks).
/// `lockstep release notes`, `release announce`, `release checklist` and the annotated tag
/// message of `release prepare --tag` all read a section through this one type.
package struct ReleaseNotes: Sendable {
    /// Which section: a version (`1.2.0`, `v1.2.0`), the newest release, or Unreleased.
    package enum Selection: Sendable, Equatable {
        case version(String)
        case latest
        case unreleased
    }

    /// One `### ` category and its entries.
    package struct Category: Sendable, Equatable {
        package let name: String
        package let entries: [ChangelogEntry]
    }

    /// The version as its heading writes it (`1.2.0`), or `Unreleased`.
    package let version: String
    package let date: String?
    package let isYanked: Bool
    /// Text between the heading and the first category (Keep a Changelog 2.0.0's summary).
    package let summary: String?
    package let categories: [Category]
    /// The section's Markdown lines, heading, footer and link definitions left out.
    package let body: [String]
    /// The definitions `body` uses, in the order the file has them, each as its line is written.
    package let definitions: [String]
    /// The heading's line in the file.
    package let line: Int

    /// The section `selection` names; nil when the changelog has none.
    package init?(_ changelog: Changelog, _ selection: Selection) {
        guard let index = Self.sectionIndex(changelog, selection) else { return nil }
        self.init(changelog, sectionAt: index)
    }

    package init(_ changelog: Changelog, sectionAt index: Int) {
        let section = changelog.sections[index]
        let last = changelog.lastLine(ofSection: index)
        version = section.isUnreleased ? "Unreleased" : section.heading.version
        date = section.heading.date
        isYanked = section.heading.isYanked
        line = section.line.number
        let entries = changelog.entries(ofSection: index)
        categories = section.categories.map { category in
            let lines = Set(category.entries.map(\.number))
            return Category(name: category.name, entries: entries.filter { lines.contains($0.line.number) })
        }
        let summaryEnd = section.categories.first.map { $0.line.number - 1 } ?? last
        let summaryLines = section.line.number < summaryEnd
            ? changelog.contentLines((section.line.number + 1)...summaryEnd).map(\.text) : []
        let summaryText = Self.trimmingBlankLines(summaryLines).joined(separator: "\n")
        summary = summaryText.isEmpty ? nil : summaryText
        let content = section.line.number < last ? changelog.contentLines((section.line.number + 1)...last).map(\.text) : []
        body = Self.withoutFooter(content, isLastSection: index == changelog.sections.count - 1)
        let used = Set(MarkdownReferences.labels(in: body))
        var defined = Set<String>()
        definitions = changelog.links.compactMap { link in
            // CommonMark 4.7: the first definition of a label wins; later ones are unused.
            guard used.contains(link.normalizedLabel), defined.insert(link.normalizedLabel).inserted else { return nil }
            let text = changelog.line(link.line).text
            return String(text.drop { $0 == " " || $0 == "\t" })
        }
    }

    /// The notes as Markdown: the body, a blank line and the definitions it uses. Empty for an
    /// empty section.
    package var markdown: String {
        guard !body.isEmpty else { return definitions.isEmpty ? "" : definitions.joined(separator: "\n") + "\n" }
        return body.joined(separator: "\n") + "\n" + (definitions.isEmpty ? "" : "\n" + definitions.joined(separator: "\n") + "\n")
    }

    /// Every entry, category by category.
    package var entries: [ChangelogEntry] { categories.flatMap(\.entries) }

    /// The release notes of `version` in `changelog` as Markdown, or nil when it has no such
    /// section: what `release prepare --tag` puts in the annotated tag's message.
    package static func markdown(_ changelog: Changelog, version: String) -> String? {
        ReleaseNotes(changelog, .version(version))?.markdown
    }

    /// The index of the section `selection` names.
    package static func sectionIndex(_ changelog: Changelog, _ selection: Selection) -> Int? {
        switch selection {
        case .unreleased:
            return changelog.sections.firstIndex { $0.isUnreleased }
        case .latest:
            return changelog.sections.firstIndex { !$0.isUnreleased && $0.heading.looksLikeVersion }
        case .version(let text):
            if text.lowercased() == "unreleased" { return sectionIndex(changelog, .unreleased) }
            let wanted = text.first.map { ($0 == "v" || $0 == "V") && text.dropFirst().first?.isASCIIDigit == true } == true
                ? String(text.dropFirst()) : text
            return changelog.sections.firstIndex { section in
                !section.isUnreleased && (section.heading.version == wanted || section.heading.versionWithoutPrefix == wanted)
            }
        }
    }

    private static func trimmingBlankLines(_ lines: [String]) -> [String] {
        let isBlank = { (line: String) in line.allSatisfy { $0 == " " || $0 == "\t" } }
        guard let first = lines.firstIndex(where: { !isBlank($0) }), let last = lines.lastIndex(where: { !isBlank($0) }) else { return [] }
        return Array(lines[first...last])
    }

    /// The section's text without what follows its content: separators drawn between releases
    /// (`---`), and after the last section the file's footer (a `---` then prose, no entries).
    private static func withoutFooter(_ lines: [String], isLastSection: Bool) -> [String] {
        var lines = trimmingBlankLines(lines)
        var fence: ChangelogMarkdown.Fence?
        var lastBreak: Int?
        var contentAfterBreak = false
        for (index, line) in lines.enumerated() {
            let trimmed = Substring(line).drop { $0 == " " || $0 == "\t" }
            let indent = line.count - trimmed.count
            if let open = fence {
                if open.isClosed(by: trimmed) { fence = nil }
                contentAfterBreak = true
                continue
            }
            if let open = ChangelogMarkdown.Fence(opening: trimmed) {
                fence = open
                contentAfterBreak = true
            } else if indent <= 3, ChangelogMarkdown.isThematicBreak(trimmed) {
                lastBreak = index
                contentAfterBreak = false
            } else if !trimmed.isEmpty {
                // Entries or categories after the separator are the section's; prose after the
                // last one is the file's footer.
                let isSectionContent = indent <= 3 && (ChangelogMarkdown.listItem(trimmed) != nil || trimmed.hasPrefix("#"))
                if isSectionContent || !isLastSection { contentAfterBreak = true }
            }
        }
        if let lastBreak, !contentAfterBreak { lines = trimmingBlankLines(Array(lines[..<lastBreak])) }
        return lines
    }
}
