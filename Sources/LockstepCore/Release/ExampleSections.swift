/// Branch and tag examples are written as `-- name --` sections, like tree examples: files of the
/// tree by path, and named facts (`branch`, `tag`, `commits`…) one value per line.
struct ExampleSections {
    struct Section {
        let name: String
        /// The lines under the heading, markers included.
        let lines: [String]
    }

    let sections: [Section]

    init(_ text: String) {
        var sections: [Section] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                sections.append(Section(name: String(line.dropFirst(3).dropLast(3)), lines: []))
            } else if let last = sections.popLast() {
                sections.append(Section(name: last.name, lines: last.lines + [String(line)]))
            }
        }
        // A trailing empty line is the end of the example, not a value.
        self.sections = sections.map { section in
            var lines = section.lines
            while lines.last?.isEmpty == true { lines.removeLast() }
            return Section(name: section.name, lines: lines)
        }
    }

    /// The lines of section `name` without markers; nil when the example has no such section.
    func values(_ name: String) -> [String]? {
        sections.first { $0.name == name }.map { $0.lines.map { $0.filter { $0 != Example.marker } } }
    }

    func value(_ name: String) -> String? { values(name)?.first }

    /// The sections whose name is a path: the files of the tree being judged.
    func tree(excluding names: Set<String>) -> TreeSnapshot {
        var tree = TreeSnapshot()
        for section in sections where !names.contains(section.name) {
            let text = section.lines.joined(separator: "\n").filter { $0 != Example.marker }
            tree.entries[section.name] = .file(Array((text.isEmpty ? "" : text + "\n").utf8))
            tree.listing.append(section.name)
        }
        return tree
    }

    /// Commits written one per line, newest first, `\n` standing for a line break in the message.
    func commits(_ name: String) -> [ReleaseCommit] {
        (values(name) ?? []).enumerated().map { index, line in
            let text = line.replacing("\\n", with: "\n")
            return ReleaseCommit(id: "c\(index + 1)", shortID: "c\(index + 1)",
                                 message: CommitMessage(exampleText: text, config: Config()))
        }
    }

    /// Where the markers point: in a file section, at that file's line and column; in a one-line
    /// name section (`branch`, `tag`), at line 1 of the name; in a commits section, at the line
    /// and column of that commit's message (`\n` counts as a line break).
    func markers(names: Set<String>, commits: Set<String>) -> [Marker] {
        sections.flatMap { section -> [Marker] in
            if commits.contains(section.name) {
                return section.lines.flatMap { line in
                    Example(line.replacing("\\n", with: "\n")).markers.map { Marker(file: nil, line: $0.line, column: $0.column) }
                }
            }
            let positions = Example(section.lines.joined(separator: "\n")).markers
            return positions.map { Marker(file: names.contains(section.name) ? nil : section.name, line: $0.line, column: $0.column) }
        }
    }

    /// `text` with its 1-based line `line` replaced (nil when there is no such line).
    static func replacingLine(_ line: Int, of text: String, with replacement: String, separator: String = "\n") -> String? {
        var lines = text.components(separator: separator)
        guard line >= 1, line <= lines.count else { return nil }
        lines[line - 1] = replacement
        return lines.joined(separator: separator)
    }

    /// A name or commit example with a diagnostic's replacement applied: on the commit the
    /// diagnostic names (`c2`: the second line of `commits`), else on the name in `nameSection`.
    static func applyingFix(of diagnostic: Diagnostic, to example: Example, nameSection: String, commits: String = "commits") -> String? {
        guard let replacement = diagnostic.replacement, diagnostic.file == nil else { return nil }
        var lines = example.cleanText.components(separator: "\n")
        let heading = diagnostic.commit == nil ? "-- \(nameSection) --" : "-- \(commits) --"
        guard let start = lines.firstIndex(of: heading) else { return nil }
        if let commit = diagnostic.commit {
            guard let number = Int(commit.dropFirst()), start + number < lines.count, let line = diagnostic.line,
                  let fixed = replacingLine(line, of: lines[start + number], with: replacement, separator: "\\n") else { return nil }
            lines[start + number] = fixed
        } else {
            guard start + 1 < lines.count else { return nil }
            lines[start + 1] = replacement
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Split on every `separator` (empty pieces kept), without Foundation.
    fileprivate func components(separator: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}
