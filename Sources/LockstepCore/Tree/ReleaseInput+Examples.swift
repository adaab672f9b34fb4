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

    package static func markers(in example: Example) -> [Marker] {
        ExampleSections(example.text).markers(names: [], commits: [])
    }
}
