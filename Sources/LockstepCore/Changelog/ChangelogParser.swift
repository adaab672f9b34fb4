/// Reads a changelog line by line into title, sections, links and preamble. Fenced code and HTML
/// comments hide headings and entries alike (CommonMark 4.5, 4.6).
struct ChangelogParser {
    private(set) var title: ChangelogLine?
    private(set) var sections: [ChangelogSection] = []
    private(set) var links: [ChangelogLink] = []
    private(set) var preamble: [ChangelogLine] = []
    private var fence: ChangelogMarkdown.Fence?
    private var inComment = false
    private var section: ChangelogSection?
    /// The content column (0-based) of the list item that following lines may continue.
    private var openItem: Int?
    private var afterBlank = false
    /// The plain text lines of the preamble paragraph being read: a line of `=` under them makes
    /// them a setext title.
    private var preambleParagraph: [ChangelogLine] = []

    /// Reads the next line; `text` is `line.text` as bytes (ASCII) or characters.
    mutating func read<Text: ChangelogText>(_ text: Text, line: ChangelogLine) {
        let indent = text.indent
        let trimmed = text.dropFirst(indent)
        // Inside a fence or a comment, nothing else opens: a ``` in a comment must not start a fence.
        if let open = fence {
            if open.isClosed(by: trimmed) { fence = nil }
            section?.body.append(line.text)
            return
        }
        if inComment {
            if text.utf8.containsASCIICaseInsensitive("-->") { inComment = false }
            section?.body.append(line.text)
            return
        }
        if let open = ChangelogMarkdown.Fence(opening: trimmed) {
            fence = open
            section?.body.append(line.text)
            return
        }
        if trimmed.starts(withASCII: "<!--") {
            inComment = !trimmed.dropFirst(4).utf8.containsASCIICaseInsensitive("-->")
            section?.body.append(line.text)
            return
        }
        if indent <= 3, let link = ChangelogMarkdown.linkDefinition(trimmed, line: line.number, column: indent + 2) {
            links.append(link)
            openItem = nil
            return
        }
        if indent <= 3, let heading = ChangelogMarkdown.heading(trimmed, indent: indent) {
            read(heading, line: line)
            return
        }
        section?.body.append(line.text)
        if trimmed.isEmpty {
            afterBlank = true
            preambleParagraph = []
            return
        }
        let wasAfterBlank = afterBlank
        afterBlank = false
        guard section != nil else {
            // A setext title: a paragraph over a line of `=` (CommonMark 4.3), before any section.
            let underline = trimmed.drop { $0 == "=" }
            if title == nil, indent <= 3, let first = preambleParagraph.first, underline.count < trimmed.count,
               underline.allSatisfy({ $0 == " " || $0 == "\t" }) {
                title = ChangelogLine(number: first.number, text: preambleParagraph.map(\.text).joined(separator: " "))
                preamble.removeLast(preambleParagraph.count)
                preambleParagraph = []
                return
            }
            if indent <= 3, ChangelogMarkdown.listItem(trimmed) != nil { preambleParagraph = [] } else { preambleParagraph.append(line) }
            preamble.append(line)
            return
        }
        // `---` between releases is a separator people draw, not content (and `- - -` no item).
        if indent <= 3, ChangelogMarkdown.isThematicBreak(trimmed) {
            openItem = nil
            return
        }
        // A line indented to the open item's content continues it (paragraphs, nested lists).
        if let open = openItem, indent >= open { return }
        if indent <= 3, let item = ChangelogMarkdown.listItem(trimmed) {
            openItem = indent + item.contentOffset
            if let last = section?.categories.indices.last {
                if item.isEmpty {
                    section?.categories[last].emptyItems.append(line)
                } else {
                    section?.categories[last].entries.append(line)
                }
            } else {
                section?.looseLines.append(line)
            }
            return
        }
        // CommonMark's lazy continuation: an unindented line right under an item (no blank
        // line between) still belongs to its paragraph. After a blank line it starts prose.
        if openItem != nil, !wasAfterBlank { return }
        openItem = nil
        if let last = section?.categories.indices.last {
            section?.categories[last].strayLines.append(line)
        } else {
            section?.looseLines.append(line)
        }
    }

    private mutating func read<Text: ChangelogText>(_ heading: (level: Int, text: Text, column: Int), line: ChangelogLine) {
        openItem = nil
        afterBlank = false
        preambleParagraph = []
        switch heading.level {
        case 1 where title == nil && section == nil && sections.isEmpty:
            title = line
        case 2:
            if let done = section { sections.append(done) }
            section = ChangelogSection(line: line, heading: ChangelogHeading(heading.text, column: heading.column),
                                       categories: [], looseLines: [], body: [])
        case 3 where section != nil:
            section?.categories.append(ChangelogCategory(line: line, name: heading.text.string, nameColumn: heading.column,
                                                         entries: [], emptyItems: [], strayLines: [], subheadings: []))
        default:
            if let last = section?.categories.indices.last {
                section?.categories[last].subheadings.append(line)
            } else if section != nil {
                section?.looseLines.append(line)
            } else {
                preamble.append(line)
            }
        }
        section?.body.append(line.text)
    }

    /// Closes the last section.
    mutating func finish() {
        if let done = section { sections.append(done) }
        section = nil
    }
}
