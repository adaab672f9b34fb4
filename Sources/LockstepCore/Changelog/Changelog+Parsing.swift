extension Changelog {
    /// Parses bytes (UTF-8; bad bytes become U+FFFD and are reported by `changelog/readable`).
    package init(bytes: [UInt8]) {
        let decoded = DecodedMessage(bytes: bytes)
        let firstNULLine = bytes.firstIndex(of: 0).map { nul in bytes[..<nul].lazy.filter { $0 == 0x0A }.count + 1 }
        self.init(lines: decoded.lines, firstUndecodableLine: decoded.undecodableLines.first, firstNULLine: firstNULLine)
    }

    package init(text: String) { self.init(bytes: Array(text.utf8)) }

    init(lines rawLines: [String], firstUndecodableLine: Int?, firstNULLine: Int? = nil) {
        var lines = rawLines
        // A byte order mark is invisible in editors and on GitHub; left in, `# Changelog` on
        // line 1 would not be a heading.
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" {
            lines[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst()))
        }
        self.lines = lines
        self.firstUndecodableLine = firstUndecodableLine
        self.firstNULLine = firstNULLine
        title = nil
        sections = []
        links = []
        preamble = []
        var fence: ChangelogMarkdown.Fence?
        var inComment = false
        var section: ChangelogSection?
        /// The content column (0-based) of the list item that following lines may continue.
        var openItem: Int?
        var afterBlank = false

        for (offset, text) in lines.enumerated() {
            let line = ChangelogLine(number: offset + 1, text: text)
            let indent = text.prefix { $0 == " " || $0 == "\t" }.count
            let trimmed = text.dropFirst(indent)
            // Fenced code and HTML comments hide headings and entries alike (CommonMark 4.5, 4.6).
            // Inside one, nothing else opens: a ``` in a comment must not start a fence.
            if let open = fence {
                if open.isClosed(by: trimmed) { fence = nil }
                section?.body.append(text)
                continue
            }
            if inComment {
                if text.utf8.containsASCIICaseInsensitive("-->") { inComment = false }
                section?.body.append(text)
                continue
            }
            if let open = ChangelogMarkdown.Fence(opening: trimmed) {
                fence = open
                section?.body.append(text)
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = !trimmed.dropFirst(4).utf8.containsASCIICaseInsensitive("-->")
                section?.body.append(text)
                continue
            }
            if indent <= 3, let link = ChangelogMarkdown.linkDefinition(trimmed, line: line.number, column: indent + 2) {
                links.append(link)
                openItem = nil
                continue
            }
            if indent <= 3, let heading = ChangelogMarkdown.heading(trimmed, indent: indent) {
                openItem = nil
                afterBlank = false
                switch heading.level {
                case 1 where title == nil && section == nil && sections.isEmpty:
                    title = line
                case 2:
                    if let done = section { sections.append(done) }
                    section = ChangelogSection(line: line, heading: ChangelogHeading(heading.text, column: heading.column),
                                               categories: [], looseLines: [], body: [])
                case 3 where section != nil:
                    section?.categories.append(ChangelogCategory(line: line, name: heading.text, nameColumn: heading.column,
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
                section?.body.append(text)
                continue
            }
            section?.body.append(text)
            if trimmed.isEmpty {
                afterBlank = true
                continue
            }
            let wasAfterBlank = afterBlank
            afterBlank = false
            guard section != nil else {
                preamble.append(line)
                continue
            }
            // `---` between releases is a separator people draw, not content (and `- - -` no item).
            if indent <= 3, ChangelogMarkdown.isThematicBreak(trimmed) {
                openItem = nil
                continue
            }
            // A line indented to the open item's content continues it (paragraphs, nested lists).
            if let open = openItem, indent >= open { continue }
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
                continue
            }
            // CommonMark's lazy continuation: an unindented line right under an item (no blank
            // line between) still belongs to its paragraph. After a blank line it starts prose.
            if openItem != nil, !wasAfterBlank { continue }
            openItem = nil
            if let last = section?.categories.indices.last {
                section?.categories[last].strayLines.append(line)
            } else {
                section?.looseLines.append(line)
            }
        }
        if let done = section { sections.append(done) }
    }
}
