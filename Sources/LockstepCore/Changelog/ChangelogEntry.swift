/// One `- ` entry of a category with the lines that continue it: what release notes and the
/// release rules read. `text` is its Markdown without the list marker, continuation lines
/// dedented to the entry's content.
package struct ChangelogEntry: Sendable, Equatable {
    package let category: String
    package let line: ChangelogLine
    package let text: String
    /// Keep a Changelog 2.0.0 marks an entry that breaks users with `**Breaking:**` in front.
    package var isBreaking: Bool { Self.breakingMarkerLength(text) != nil }
    /// The text without the `**Breaking:**` marker.
    package var description: String {
        guard let length = Self.breakingMarkerLength(text) else { return text }
        return String(text.dropFirst(length).drop { $0 == " " })
    }

    package init(category: String, line: ChangelogLine, text: String) {
        self.category = category
        self.line = line
        self.text = text
    }

    /// `**Breaking:**` or `**Breaking**:`, in any case, then a space or the end.
    private static func breakingMarkerLength(_ text: String) -> Int? {
        for marker in ["**breaking:**", "**breaking**:"] where text.count >= marker.count {
            let head = text.prefix(marker.count)
            if head.lowercased() == marker, text.dropFirst(marker.count).first.map({ $0 == " " }) ?? true { return marker.count }
        }
        return nil
    }
}

extension Changelog {
    /// The last line of `sections[index]`: the line before the next section, or the file's last.
    package func lastLine(ofSection index: Int) -> Int {
        index + 1 < sections.count ? sections[index + 1].line.number - 1 : lines.count
    }

    /// Lines `range` of the file, link reference definitions left out (they belong to no section).
    func contentLines(_ range: ClosedRange<Int>) -> [ChangelogLine] {
        let definitions = Set(links.map(\.line))
        return range.compactMap { number in definitions.contains(number) ? nil : line(number) }
    }

    /// The entries of `sections[index]`, category by category, each with its continuation lines.
    package func entries(ofSection index: Int) -> [ChangelogEntry] {
        let section = sections[index]
        let sectionEnd = lastLine(ofSection: index)
        var entries: [ChangelogEntry] = []
        let definitions = Set(links.map(\.line))
        for (position, category) in section.categories.enumerated() {
            let categoryEnd = position + 1 < section.categories.count ? section.categories[position + 1].line.number - 1 : sectionEnd
            // Anything the parser did not count as part of an entry ends the entry above it.
            let stops = Set((category.entries + category.strayLines + category.subheadings + category.emptyItems).map(\.number))
            for entry in category.entries {
                var collected = [entry]
                var fence: ChangelogMarkdown.Fence?
                var number = entry.number + 1
                while number <= categoryEnd, !stops.contains(number) {
                    let next = line(number)
                    let trimmed = Substring(next.text).drop { $0 == " " || $0 == "\t" }
                    if let open = fence {
                        if open.isClosed(by: trimmed) { fence = nil }
                    } else if let open = ChangelogMarkdown.Fence(opening: trimmed) {
                        fence = open
                    } else if next.contentColumn <= 4, ChangelogMarkdown.isThematicBreak(trimmed) {
                        break
                    }
                    collected.append(next)
                    number += 1
                }
                collected.removeAll { definitions.contains($0.number) }
                while let last = collected.last, last.number != entry.number,
                      last.text.allSatisfy({ $0 == " " || $0 == "\t" }) { collected.removeLast() }
                entries.append(ChangelogEntry(category: category.name, line: entry, text: Self.entryText(collected)))
            }
        }
        return entries
    }

    /// The first line without its indentation and list marker; the others dedented by as much.
    private static func entryText(_ lines: [ChangelogLine]) -> String {
        guard let first = lines.first else { return "" }
        let trimmed = Substring(first.text).drop { $0 == " " || $0 == "\t" }
        let offset = ChangelogMarkdown.listItem(trimmed)?.contentOffset ?? 0
        let content = first.contentColumn - 1 + offset
        let head = String(trimmed.dropFirst(offset))
        let rest = lines.dropFirst().map { line -> String in
            let indent = line.text.prefix { $0 == " " || $0 == "\t" }.count
            return String(line.text.dropFirst(min(indent, content)))
        }
        return ([head] + rest).joined(separator: "\n")
    }
}
