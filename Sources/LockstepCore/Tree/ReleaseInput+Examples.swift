/// Tree examples list files as sections (`ExampleSections`): `-- path --` for the tree being
/// judged, `-- HEAD:path --` for the baseline, `-- release:path --` for the previous release tag's
/// migrations, `-- tags --` for one tag name per line. A `↓` marks
/// where a diagnostic must point, in the file whose section holds it.
extension ReleaseInput: ExampleInput {
    package init(exampleText: String, config: Config) {
        let sections = ExampleSections(exampleText)
        let names = sections.sections.map(\.name)
        let baselinePaths = names.filter { $0.hasPrefix("HEAD:") }
        let releasePaths = names.filter { $0.hasPrefix("release:") }
        let tree = sections.tree(excluding: Set(baselinePaths + releasePaths + ["tags"]))
        func prefixed(_ prefix: String) -> TreeSnapshot? {
            guard names.contains(where: { $0.hasPrefix(prefix) }) else { return nil }
            let files = sections.tree(excluding: Set(names.filter { !$0.hasPrefix(prefix) }))
            return TreeSnapshot(entries: Dictionary(uniqueKeysWithValues: files.entries.map { (String($0.key.dropFirst(prefix.count)), $0.value) }),
                                listing: files.listing.map { String($0.dropFirst(prefix.count)) })
        }
        self.init(tree: tree, baseline: prefixed("HEAD:"), tags: sections.values("tags") ?? [], config: config)
        release = prefixed("release:")
    }

    /// The replacement takes the place of the line it points at, in the file's section.
    package static func applyingFix(of diagnostic: Diagnostic, to example: Example) -> String? {
        guard let replacement = diagnostic.replacement, let file = diagnostic.file, let line = diagnostic.line else { return nil }
        // Split on the scalar: in Swift "\r\n" is one Character, which a split on "\n" does not see.
        var lines = example.cleanText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        guard let start = lines.firstIndex(of: "-- \(file) --"), start + line < lines.count else { return nil }
        lines[start + line] = replacement + (lines[start + line].hasSuffix("\r") ? "\r" : "")
        return lines.joined(separator: "\n")
    }

    package static func markers(in example: Example) -> [Marker] {
        ExampleSections(example.text).markers(names: [], commits: [])
    }
}
