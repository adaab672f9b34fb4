extension Changelog {
    /// Parses bytes (UTF-8; bad bytes become U+FFFD and are reported by a rule).
    package init(bytes: [UInt8]) {
        let decoded = DecodedMessage(bytes: bytes)
        self.init(lines: decoded.lines, firstUndecodableLine: decoded.undecodableLines.first)
    }

    package init(text: String) { self.init(bytes: Array(text.utf8)) }

    init(lines: [String], firstUndecodableLine: Int?) {
        self.lines = lines
        self.firstUndecodableLine = firstUndecodableLine
        title = nil
        sections = []
        links = []
        preamble = []
        var fence: String?
        var inComment = false
        var section: ChangelogSection?
        var lastWasEntry = false

        func closeSection() {
            if let done = section { sections.append(done) }
            section = nil
        }

        for (offset, text) in lines.enumerated() {
            let line = ChangelogLine(number: offset + 1, text: text)
            let trimmed = text.drop { $0 == " " }
            section?.body.append(text)
            // Fenced code and HTML comments hide headings and entries alike.
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            if inComment {
                if text.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = !text.contains("-->")
                continue
            }
            let indent = text.count - trimmed.count
            if indent <= 3, let link = Self.link(in: trimmed, line: line.number) {
                links.append(link)
                continue
            }
            if indent <= 3, let (level, headingText, column) = Self.heading(trimmed, indent: indent) {
                lastWasEntry = false
                switch level {
                case 1 where title == nil && section == nil && sections.isEmpty:
                    title = line
                case 2:
                    closeSection()
                    section = ChangelogSection(line: line, heading: ChangelogHeading(headingText, column: column),
                                               categories: [], looseLines: [], body: [text])
                case 3 where section != nil:
                    section?.categories.append(ChangelogCategory(line: line, name: headingText, entries: [],
                                                                 strayLines: [], subheadings: []))
                default:
                    if let last = section?.categories.indices.last {
                        section?.categories[last].subheadings.append(line)
                    } else if section != nil {
                        section?.looseLines.append(line)
                    } else {
                        preamble.append(line)
                    }
                }
                continue
            }
            if trimmed.isEmpty { continue }
            guard section != nil else {
                preamble.append(line)
                continue
            }
            let isItem = indent <= 3 && (trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ")
                                         || trimmed == "-" || trimmed == "*")
            if let last = section?.categories.indices.last {
                if isItem {
                    section?.categories[last].entries.append(line)
                    lastWasEntry = true
                } else if lastWasEntry {
                    continue  // an entry's continuation (indented or lazy)
                } else {
                    section?.categories[last].strayLines.append(line)
                }
            } else {
                section?.looseLines.append(line)
            }
        }
        closeSection()
    }

    /// `#`…`######` then a space (CommonMark ATX heading); the text without closing `#`s.
    private static func heading(_ text: Substring, indent: Int) -> (Int, String, Int)? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
        var content = rest.dropFirst(leading)
        while content.last == " " || content.last == "\t" { content = content.dropLast() }
        if content.allSatisfy({ $0 == "#" }) { content = "" }
        return (hashes, String(content), indent + hashes + leading + 1)
    }

    /// `[label]: target` (a CommonMark link reference definition, on one line).
    private static func link(in text: Substring, line: Int) -> ChangelogLink? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let after = text[text.index(after: close)...]
        guard after.first == ":" else { return nil }
        let label = text[text.index(after: text.startIndex)..<close]
        let target = after.dropFirst().drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" }
        guard !label.isEmpty, !target.isEmpty else { return nil }
        return ChangelogLink(label: String(label), target: String(target), line: line)
    }
}
