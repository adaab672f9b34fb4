/// Tree examples list files as sections (`ExampleSections`): `-- path --` for the tree being
/// judged, `-- HEAD:path --` for the baseline, `-- tags --` for one tag name per line. A `↓` marks
/// where a diagnostic must point, in the file whose section holds it.
extension ReleaseInput: ExampleInput {
    package init(exampleText: String, config: Config) {
        let sections = ExampleSections(exampleText)
        let names = sections.sections.map(\.name)
        let baselinePaths = names.filter { $0.hasPrefix("HEAD:") }
        let tree = sections.tree(excluding: Set(baselinePaths + ["tags"]))
        var baseline: TreeSnapshot?
        if !baselinePaths.isEmpty {
            let head = sections.tree(excluding: Set(names.filter { !$0.hasPrefix("HEAD:") }))
            baseline = TreeSnapshot(entries: Dictionary(uniqueKeysWithValues: head.entries.map { (String($0.key.dropFirst(5)), $0.value) }),
                                    listing: head.listing.map { String($0.dropFirst(5)) })
        }
        self.init(tree: tree, baseline: baseline, tags: sections.values("tags") ?? [], config: config)
    }

    package static func markers(in example: Example) -> [Marker] {
        ExampleSections(example.text).markers(names: [], commits: [])
    }
}
