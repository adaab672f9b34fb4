/// What the tag rules judge: a tag being created, moved, deleted, pushed or checked, the object it
/// names, the tree of the commit it tags, and the release history behind that commit.
package struct TagInput: Sendable {
    package enum Operation: Sendable, Equatable {
        /// A new tag (`git tag`, a push creating it on the remote).
        case create
        /// An existing tag pointed elsewhere (`git tag -f`, a forced push).
        case move
        case delete
        /// A tag that exists, judged as it is (`lockstep check tag`, CI on a tag pipeline).
        case existing
    }

    /// The short name: `v1.3.0`.
    package var name: String
    package var operation: Operation
    /// The object the tag names; nil for a deletion.
    package var object: TagObject?
    /// The tagged commit's tree; nil for a deletion or when the tag names no commit.
    package var tree: ReleaseInput?
    /// Release tags on the tagged commit's history (the commit itself included), this one excepted.
    package var earlier: [ReleaseTag]
    /// The commits since the previous release tag (the highest of `earlier`), newest first, merges
    /// excluded; all commits when there is no previous release tag.
    package var commits: [ReleaseCommit]

    package init(name: String, operation: Operation, object: TagObject?, tree: ReleaseInput? = nil,
                 earlier: [ReleaseTag] = [], commits: [ReleaseCommit] = []) {
        self.name = name
        self.operation = operation
        self.object = object
        self.tree = tree
        self.earlier = earlier
        self.commits = commits
    }

    package var ref: String { "refs/tags/" + name }

    /// What the name is to the release rules: a release, a misnamed release, or another tag.
    package func kind(prefix: String) -> TagName { TagName(name, prefix: prefix) }

    /// The release this tag makes: `<prefix>` + strict SemVer, not being deleted.
    package func release(prefix: String) -> ReleaseTag? {
        guard operation != .delete, case .release(let version) = kind(prefix: prefix) else { return nil }
        return ReleaseTag(name: name, version: version)
    }

    /// The highest earlier release tag: what the bump is measured from.
    package var previous: ReleaseTag? { ReleaseTag.highest(earlier) }

    /// A diagnostic on the tag name, underlining `width` characters from `column`.
    func nameDiagnostic(_ rule: RuleInfo, _ message: String, fix: String, column: Int = 1, width: Int? = nil) -> Diagnostic {
        // No `commit`: the name is what is wrong, and reports locate it by the ref.
        Diagnostic(rule.id, message, fix: fix, severity: rule.severity, line: 1, column: column, ref: ref,
                   excerpt: name, width: width ?? max(1, name.count - column + 1))
    }
}

/// The object a tag ref points at.
package struct TagObject: Sendable, Equatable {
    /// A tag object (`git tag -a`); false when the ref names a commit directly (lightweight).
    package var isAnnotated: Bool
    /// The annotation's `tag` header: the name it was created with.
    package var taggedName: String?
    /// The annotation message, as stored.
    package var message: String?
    /// What the tag ends at once peeled: `commit`, `tree`, `blob`.
    package var targetType: String
    /// The tagged commit's short id, for reports.
    package var commit: String?
    /// The tagged commit's full id.
    package var commitID: String?

    package init(isAnnotated: Bool, taggedName: String? = nil, message: String? = nil, targetType: String = "commit",
                 commit: String? = nil) {
        self.isAnnotated = isAnnotated
        self.taggedName = taggedName
        self.message = message
        self.targetType = targetType
        self.commit = commit
    }
}

/// Sections: `-- tag --` the name; `-- annotation --` the message of an annotated tag (absent: a
/// lightweight tag); `-- operation --` create (default), move, delete or existing; `-- tags --`
/// earlier release tags on the commit's history; `-- commits --` the commits since the previous
/// one, newest first; any other section a file of the tagged commit's tree.
extension TagInput: ExampleInput {
    static let factSections: Set<String> = ["tag", "annotation", "operation", "tags", "commits"]

    package init(exampleText: String, config: Config) {
        let sections = ExampleSections(exampleText)
        let name = sections.value("tag") ?? ""
        let operation: Operation
        switch sections.value("operation") {
        case "move": operation = .move
        case "delete": operation = .delete
        case "existing": operation = .existing
        default: operation = .create
        }
        let annotation = sections.values("annotation")
        let object = operation == .delete ? nil
            : TagObject(isAnnotated: annotation != nil, taggedName: annotation == nil ? nil : name,
                        message: annotation.map { $0.joined(separator: "\n") })
        let files = sections.tree(excluding: Self.factSections)
        let tags = sections.values("tags") ?? []
        self.init(name: name, operation: operation, object: object,
                  tree: operation == .delete ? nil : ReleaseInput(tree: files, baseline: nil, tags: tags, config: config),
                  earlier: tags.compactMap { ReleaseTag(name: $0, prefix: config.version.tagPrefix) },
                  commits: sections.commits("commits"))
    }

    package static func applyingFix(of diagnostic: Diagnostic, to example: Example) -> String? {
        ExampleSections.applyingFix(of: diagnostic, to: example, nameSection: "tag")
    }

    package static func markers(in example: Example) -> [Marker] {
        ExampleSections(example.text).markers(names: ["tag"], commits: ["commits"])
    }
}
