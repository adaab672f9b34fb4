/// The changelog step of a release, as byte edits: the content of `## [Unreleased]` goes under
/// `## [X.Y.Z] - YYYY-MM-DD` (a fresh empty Unreleased stays on top), and the link definitions
/// follow Keep a Changelog: `[Unreleased]` compares the new tag with `HEAD`, `[X.Y.Z]` the previous
/// release with the new tag. Every other byte of the file is kept (line endings included).
package struct ChangelogRelease: Sendable {
    package enum Mode: Sendable {
        /// The Unreleased content moves into the release (a release, or a pre-release when asked).
        case move
        /// The release gets a copy and Unreleased keeps collecting (a pre-release by default: the
        /// final release lists everything since the previous final release).
        case copy
    }

    package var edits: [ByteEdit] = []
    package var problems: [Diagnostic] = []
    /// The file has a section for the version already: nothing to do here.
    package var hasSection = false
    /// The changelog as parsed here: the would-be tree's rules compare with it (HEAD's copy).
    package private(set) var parsed: Changelog?

    package struct Request: Sendable {
        package var version: String
        package var date: String
        /// The release tag before this one in the history being released, nil for the first release.
        package var previousTag: String?
        /// The form links take when the file has none of its own (from the remote's URL).
        package var remoteForm: ReleaseLinkForm?
        package var mode: Mode
        package var allowsEmpty: Bool
        /// The command as typed, to print a fix that reruns it with one more option.
        package var commandLine: String
        /// The previous release tag when commits since it call for a release: an empty Unreleased
        /// then lacks their entries, and releasing it empty would say "no notable changes".
        package var unlistedChangesSince: String?

        package init(version: String, date: String, previousTag: String?, remoteForm: ReleaseLinkForm?, mode: Mode,
                     allowsEmpty: Bool, commandLine: String) {
            self.version = version
            self.date = date
            self.previousTag = previousTag
            self.remoteForm = remoteForm
            self.mode = mode
            self.allowsEmpty = allowsEmpty
            self.commandLine = commandLine
        }
    }

    package init(bytes: [UInt8], request: Request, config: Config) {
        let path = config.changelog.path
        let changelog = Changelog(bytes: bytes)
        parsed = changelog
        var lines = ByteLines(bytes)
        let eol = String(decoding: lines.lineEnding(), as: UTF8.self)
        if changelog.sections.contains(where: { $0.heading.versionWithoutPrefix == request.version && !$0.isUnreleased }) {
            hasSection = true
            return
        }
        guard let index = changelog.sections.firstIndex(where: \.isUnreleased) else {
            problems.append(Diagnostic(VersionEdits.rule, "\(path) has no `## [Unreleased]` section to release",
                                       fix: "write the changes under `## [Unreleased]` above the newest release in \(path), then run `\(request.commandLine)` again",
                                       file: path))
            return
        }
        let unreleased = changelog.sections[index]
        let headingLine = unreleased.line.number
        // The section ends at the next section, or, for the last one, at the link definitions.
        let end = index + 1 < changelog.sections.count ? changelog.sections[index + 1].line.number
            : (changelog.links.map(\.line).filter { $0 > headingLine }.min() ?? changelog.lines.count + 1)
        let content = Self.trimmed(Array(changelog.lines[min(headingLine, changelog.lines.count)..<max(headingLine, end - 1)]))
        if !unreleased.hasContent {
            guard request.allowsEmpty else {
                let fix = request.unlistedChangesSince.map { tag in
                    "write the changes under `## [Unreleased]`: the commits since \(tag) call for a release, and "
                        + "`lockstep check release` names the entries they need"
                } ?? "write the changes under `## [Unreleased]`, or release anyway: `\(request.commandLine) --allow-empty`"
                problems.append(Diagnostic(VersionEdits.rule, "nothing to release: `## [Unreleased]` in \(path) has no entries",
                                           fix: fix,
                                           file: path, line: headingLine, column: 1, excerpt: unreleased.line.text))
                return
            }
        }
        let heading = "## [\(request.version)] - \(request.date)"
        // The file's own spacing: a blank line under each heading when the section copied from (or,
        // for an empty Unreleased, the release below it) has one.
        let model = unreleased.hasContent ? headingLine : (index + 1 < changelog.sections.count ? changelog.sections[index + 1].line.number : 0)
        let spaced = model > 0 && model < changelog.lines.count && changelog.lines[model].allSatisfy(\.isWhitespace)
        let body = unreleased.hasContent ? content
            : spaced ? ["### Changed", "", "- No notable changes."] : ["### Changed", "- No notable changes."]
        let headed = spaced ? [heading, ""] + body : [heading] + body
        let headingEnd = (lines.offset(line: headingLine, characters: 0) ?? 0) + unreleased.line.text.utf8.count
        switch request.mode {
        case .move where unreleased.hasContent:
            edits.append(ByteEdit(headingEnd..<headingEnd, Array((eol + eol + heading).utf8)))
        case .move:
            // An empty Unreleased (with --allow-empty): its blank lines and comments stay with it.
            edits.append(ByteEdit(headingEnd..<headingEnd, Array(([""] + [""] + headed).joined(separator: eol).utf8)))
        case .copy:
            let insertion = lines.offset(line: end, characters: 0) ?? bytes.count
            let before = insertion == bytes.count && !bytes.isEmpty && bytes.last != 0x0A ? eol : ""
            let previousBlank = end - 1 >= 1 && end - 1 <= changelog.lines.count && changelog.lines[end - 2].allSatisfy(\.isWhitespace)
            let lead = previousBlank && before.isEmpty ? "" : eol
            let block = before + lead + headed.joined(separator: eol) + eol + (end <= changelog.lines.count ? eol : "")
            edits.append(ByteEdit(insertion..<insertion, Array(block.utf8)))
        }
        linkEdits(changelog, lines: lines, bytes: bytes, eol: eol, request: request, config: config)
    }

    /// Updates `[Unreleased]`, adds `[X.Y.Z]`; a file without version links gets them all when the
    /// remote tells their form.
    private mutating func linkEdits(_ changelog: Changelog, lines: ByteLines, bytes: [UInt8], eol: String, request: Request,
                                    config: Config) {
        var lines = lines  // ByteLines finds line starts as it is asked for them
        let prefix = config.version.tagPrefix
        let tag = prefix + request.version
        let versionLinks = changelog.links.filter { Self.namesVersion($0.label) }
        let unreleasedLink = versionLinks.first { ChangelogHeading.isUnreleased($0.label) }
        let ownForm = ((unreleasedLink.map { [$0] } ?? []) + versionLinks).lazy.compactMap { ReleaseLinkForm.parse($0.target)?.form }.first
        guard let form = ownForm ?? request.remoteForm else {
            if !versionLinks.isEmpty {
                problems.append(Diagnostic(VersionEdits.rule, "the link definitions of \(config.changelog.path) are in no form Lockstep knows (GitHub, GitLab, Gitea, Bitbucket compare pages), and no remote names the repository",
                                           fix: "add the remote (`git remote add origin https://github.com/OWNER/REPO`), or write `[Unreleased]` as a compare link, then run `\(request.commandLine)` again",
                                           file: config.changelog.path))
            }
            return
        }
        let newLink = ExpectedLink(to: tag, from: request.previousTag.map { [$0] } ?? []).preferred
        let newDefinition = "[\(request.version)]: \(form.url(newLink))"
        // `[Unreleased]` keeps the branch it ends at (`...main`), when it names one.
        var end = "HEAD"
        if let unreleasedLink, case .compare(_, let current)? = ReleaseLinkForm.parse(unreleasedLink.target)?.target,
           ExpectedLink(to: "HEAD", from: []).accepts(.compare(from: "", to: current)) { end = current }
        let unreleasedTarget = form.compare(from: tag, to: end)
        guard !versionLinks.isEmpty else {
            // A file that links no version yet: every section gets its link, as Keep a Changelog does.
            let older = ExpectedLink.all(in: changelog, config: config)
            var definitions = ["[Unreleased]: \(unreleasedTarget)", newDefinition]
            for section in changelog.sections where !section.isUnreleased && section.heading.isBracketed {
                guard let link = older[ChangelogLink.normalize(section.heading.version)] else { continue }
                definitions.append("[\(section.heading.version)]: \(form.url(link.preferred))")
            }
            let endsWithNewline = bytes.last == 0x0A
            let lastBlank = changelog.lines.last?.allSatisfy(\.isWhitespace) ?? true
            let text = (endsWithNewline || bytes.isEmpty ? "" : eol) + (lastBlank ? "" : eol) + definitions.joined(separator: eol) + eol
            edits.append(ByteEdit(bytes.count..<bytes.count, Array(text.utf8)))
            return
        }
        let hasOwnLink = versionLinks.contains { ChangelogLink.normalize($0.label) == ChangelogLink.normalize(request.version) }
        if let unreleasedLink {
            let line = changelog.line(unreleasedLink.line)
            if let start = lines.offset(line: line.number, characters: 0),
               let range = Self.targetRange(of: unreleasedLink, in: line.text) {
                let from = start + line.text[..<range.lowerBound].utf8.count
                let to = start + line.text[..<range.upperBound].utf8.count
                edits.append(ByteEdit(from..<to, Array(unreleasedTarget.utf8)))
            }
            if !hasOwnLink { insertLine(newDefinition, after: line.number, lines: lines, bytes: bytes, eol: eol) }
        } else {
            let first = versionLinks.map(\.line).min() ?? changelog.lines.count
            let offset = lines.offset(line: first, characters: 0) ?? bytes.count
            let added = ["[Unreleased]: \(unreleasedTarget)"] + (hasOwnLink ? [] : [newDefinition])
            edits.append(ByteEdit(offset..<offset, Array((added.joined(separator: eol) + eol).utf8)))
        }
    }

    private mutating func insertLine(_ text: String, after line: Int, lines: ByteLines, bytes: [UInt8], eol: String) {
        var lines = lines  // ByteLines finds line starts as it is asked for them
        if let next = lines.offset(line: line + 1, characters: 0), next <= bytes.count, next > 0, bytes[next - 1] == 0x0A {
            edits.append(ByteEdit(next..<next, Array((text + eol).utf8)))
        } else {
            edits.append(ByteEdit(bytes.count..<bytes.count, Array((eol + text).utf8)))
        }
    }

    /// Where the target of `link` is on its line: after `]:` and blanks.
    private static func targetRange(of link: ChangelogLink, in text: String) -> Range<String.Index>? {
        guard let colon = text.range(of: "]:") else { return nil }
        return text.range(of: link.target, from: colon.upperBound)
    }

    /// Labels that name a version or Unreleased (other links, `[docs]`, are left alone).
    static func namesVersion(_ label: String) -> Bool {
        ChangelogHeading.isUnreleased(label) || ChangelogHeading.looksLikeVersion(Substring(label))
    }

    /// Lines without the blank ones at either end.
    static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines[...]
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines = lines.dropFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines = lines.dropLast() }
        return Array(lines)
    }
}
