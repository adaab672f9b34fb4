/// One commit as the release rules see it: who it is, its header, and the release it calls for.
package struct ReleaseCommit: Sendable {
    /// The full id (40 hex digits; anything in examples).
    package let id: String
    /// The abbreviation reports print.
    package let shortID: String
    /// The message as stored, parsed.
    package let message: CommitMessage
    /// What the commit alone calls for (before the 0.x convention is applied).
    package let kind: BumpKind?

    package init(id: String, shortID: String, message: CommitMessage) {
        self.id = id
        self.shortID = shortID
        self.message = message
        kind = BumpKind(commit: message)
    }

    /// The first line, for reports.
    package var header: String { message.headerLine?.text ?? "" }

    /// Where a report about the commit's type points: the type (or the `!`), or the
    /// `BREAKING CHANGE` footer that makes it breaking.
    package var typeLocation: (line: Int, column: Int, width: Int, excerpt: String) {
        let line = message.headerLine
        guard let header = message.conventionalHeader else { return (line?.number ?? 1, 1, 1, line?.text ?? "") }
        if !header.hasBang, let marker = message.breakingChangeLines.first {
            return (marker.number, 1, "BREAKING CHANGE".count, marker.text)
        }
        return (line?.number ?? 1, header.typeColumn, header.type.count, line?.text ?? "")
    }

    /// A diagnostic about this commit, pointing at its type (see `typeLocation`).
    func diagnostic(_ rule: RuleInfo, _ text: String, fix: String, ref: String?) -> Diagnostic {
        let place = typeLocation
        var diagnostic = Diagnostic(rule.id, text, fix: fix, severity: rule.severity, line: place.line, column: place.column,
                                    commit: shortID, ref: ref, excerpt: place.excerpt, width: place.width)
        diagnostic.context = header
        return diagnostic
    }
}

/// A tag `<prefix>X.Y.Z` and the version it names.
package struct ReleaseTag: Sendable, Equatable {
    package let name: String
    package let version: SemVer

    package init(name: String, version: SemVer) {
        self.name = name
        self.version = version
    }

    /// The release tag `name` stands for, or nil when it is not `prefix` + strict SemVer.
    package init?(name: String, prefix: String) {
        guard Self.looksLikeRelease(name, prefix: prefix),
              case .success(let version) = SemVer.parse(String(name.dropFirst(prefix.count))) else { return nil }
        self.init(name: name, version: version)
    }

    /// A name that claims to be a release (`v1…`): the prefix then a digit. `v-tmp`, `latest`
    /// or `deploy-42` are other tags, which the release rules leave alone.
    package static func looksLikeRelease(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix), let next = name.dropFirst(prefix.count).first else { return false }
        return next.isASCIIDigit
    }

    /// The highest of `tags` by SemVer precedence (the first of equals).
    package static func highest(_ tags: [ReleaseTag]) -> ReleaseTag? {
        tags.reduce(nil) { best, tag in best.map { tag.version.isHigher(than: $0.version) ? tag : $0 } ?? tag }
    }
}
