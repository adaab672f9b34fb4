/// What RELEASE_PROCESS.md's communication templates say about a release (step 11: the release
/// email, the status page update), drawn from its changelog section and `[announce]`: a subject,
/// one line per notable entry with its emoji, and the documentation and release pages. Templates
/// (built-in or the user's) only lay these values out.
package struct Announcement: Sendable {
    /// One notable entry: ✨ Added, ⚡ a Changed entry about performance, 🐛 Fixed, 🔒 Security,
    /// and ⚠️ any entry marked `**Breaking:**`.
    package struct Line: Sendable, Equatable {
        package let emoji: String
        package let text: String
        package let category: String
        package let isBreaking: Bool
    }

    package let project: String
    package let version: String
    package let tag: String
    package let date: String?
    /// `KoproGo v1.2.0 Released - New feature X`.
    package let subject: String
    /// What the release is about: the summary's first line, else the first Added entry.
    package let headline: String?
    package let summary: String?
    package let lines: [Line]
    package let docsURL: String?
    package let releaseURL: String?
    /// When the announcement is posted (`2025-11-10 10:00 UTC`): the caller's clock.
    package let posted: String
    package let hasFeatures: Bool
    package let hasFixes: Bool
    package let hasBreakingChanges: Bool

    package init(_ notes: ReleaseNotes, changelog: Changelog, config: Config, project fallback: String, posted: String) {
        let prefix = config.version.tagPrefix
        project = config.announce.project ?? fallback
        version = notes.version
        tag = prefix + notes.version
        date = notes.date
        summary = notes.summary
        self.posted = posted
        lines = notes.entries.compactMap(Self.line)
        hasFeatures = notes.entries.contains { Self.category($0.category) == "added" }
        hasFixes = notes.entries.contains { Self.category($0.category) == "fixed" }
        hasBreakingChanges = notes.entries.contains(where: \.isBreaking)
        // The process's subject names the main feature ("New Feature X"); else the summary's first sentence.
        let firstFeature = notes.entries.first { Self.category($0.category) == "added" }.map { Self.headline(of: Self.plainFirstLine($0.description)) }
        headline = firstFeature ?? notes.summary.map { Self.headline(of: Self.plainFirstLine(String($0.prefix { $0 != "." && $0 != ";" }))) }
        subject = "\(project) \(tag) Released" + (headline.map { " - \($0)" } ?? "")
        let fill = { (url: String) in url.replacing("{version}", with: notes.version).replacing("{tag}", with: prefix + notes.version) }
        docsURL = config.announce.docsURL.map(fill)
        releaseURL = config.announce.releaseURL.map(fill) ?? Self.releasePage(changelog, tag: prefix + notes.version)
    }

    /// The line an entry gets, or nil when it is not notable. A breaking entry is always notable:
    /// ⚠️ when its category has no emoji of its own.
    private static func line(_ entry: ChangelogEntry) -> Line? {
        let text = plainFirstLine(entry.description)
        let emoji: String?
        switch category(entry.category) {
        case "added": emoji = "✨"
        case "fixed": emoji = "🐛"
        case "security": emoji = "🔒"
        case "changed" where isAboutPerformance(text): emoji = "⚡"
        default: emoji = entry.isBreaking ? "⚠️" : nil
        }
        return emoji.map { Line(emoji: $0, text: text, category: entry.category, isBreaking: entry.isBreaking) }
    }

    /// An entry's first line as plain text for an email: links shown as their text (`[#123]` →
    /// `#123`, `[text](url)` → `text`), and without the comma or colon that led to the next line.
    static func plainFirstLine(_ markdown: String) -> String {
        var line = Array(firstLine(markdown))
        var out = ""
        var index = 0
        while index < line.count {
            let character = line[index]
            if character == "`", let close = line[(index + 1)...].firstIndex(of: "`") {
                out += String(line[index...close])  // code keeps its brackets
                index = close + 1
                continue
            }
            if character == "[", let close = line[index...].firstIndex(of: "]") {
                out += String(line[(index + 1)..<close])
                index = close + 1
                // `[text][label]` and `[text](url)`: the text only.
                if index < line.count, line[index] == "[" || line[index] == "(",
                   let end = line[index...].firstIndex(of: line[index] == "[" ? "]" : ")") {
                    index = end + 1
                }
                continue
            }
            out.append(character)
            index += 1
        }
        line = Array(out)
        while let last = line.last, last == "," || last == ":" || last == ";" || last == " " { line.removeLast() }
        return String(line)
    }

    /// `Added (backend)` is Added; case does not matter.
    private static func category(_ name: String) -> String {
        String(name.lowercased().prefix { $0 != " " && $0 != "(" })
    }

    /// "Improved performance of Y by 30%", "faster login", "cut latency": words of speed.
    static func isAboutPerformance(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["perf", "faster", "speed", "latency", "throughput", "memory", "quicker", "optimi", "accélér", "rapide"]
            .contains { lowered.contains($0) }
    }

    private static func firstLine(_ text: String) -> String {
        String(text.prefix { $0 != "\n" })
    }

    /// A subject's headline: without trailing references `(#123)` and a final period.
    private static func headline(of text: String) -> String {
        var result = Substring(text)
        while result.hasSuffix(")"), let open = result.lastIndex(of: "("),
              result[result.index(after: open)...].dropLast().allSatisfy({ $0 == "#" || $0 == "!" || $0.isNumber || $0 == "," || $0 == " " }) {
            result = result[..<open].dropLast(result[..<open].reversed().prefix { $0 == " " }.count)
        }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }

    /// A GitHub or GitLab release page for `tag`, from the address the changelog's compare or tag
    /// links already use.
    static func releasePage(_ changelog: Changelog, tag: String) -> String? {
        for link in changelog.links {
            let target = link.target
            for (marker, page) in [("/-/compare/", "/-/releases/"), ("/-/tags/", "/-/releases/"),
                                   ("/compare/", "/releases/tag/"), ("/releases/tag/", "/releases/tag/")] {
                guard let range = target.range(of: marker), target.hasPrefix("https://github.com/") || marker.hasPrefix("/-/") else { continue }
                return String(target[..<range.lowerBound]) + page + tag
            }
        }
        return nil
    }
}
