/// Tree examples list files as sections: `-- path --` for the tree being judged,
/// `-- HEAD:path --` for the baseline, `-- tags --` for one tag name per line. A `↓` marks
/// where a diagnostic must point, in the file whose section holds it.
extension ReleaseInput: ExampleInput {
    package init(exampleText: String, config: Config) {
        var tree = TreeSnapshot(), baseline: TreeSnapshot?, tags: [String] = []
        for section in Self.sections(of: exampleText) {
            let bytes = Array(section.body.filter { $0 != Example.marker }.utf8)
            if section.name == "tags" {
                tags = section.body.split(separator: "\n").map(String.init)
            } else if section.name.hasPrefix("HEAD:") {
                let path = String(section.name.dropFirst(5))
                baseline = baseline ?? TreeSnapshot()
                baseline?.entries[path] = .file(bytes)
                baseline?.listing.append(path)
            } else {
                tree.entries[section.name] = .file(bytes)
                tree.listing.append(section.name)
            }
        }
        self.init(tree: tree, baseline: baseline, tags: tags, config: config)
    }

    package static func markers(in example: Example) -> [Marker] {
        sections(of: example.text).flatMap { section in
            Example(section.body).markers.map { Marker(file: section.name, line: $0.line, column: $0.column) }
        }
    }

    private static func sections(of text: String) -> [(name: String, body: String)] {
        var sections: [(name: String, body: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                sections.append((String(line.dropFirst(3).dropLast(3)), ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].body += (sections[sections.count - 1].body.isEmpty ? "" : "\n") + line
            }
        }
        return sections.map { ($0.name, $0.body.isEmpty ? "" : $0.body + "\n") }
    }
}
