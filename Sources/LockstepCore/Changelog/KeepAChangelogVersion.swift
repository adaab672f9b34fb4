/// The Keep a Changelog version a file follows, as its preamble names it ("The format is based on
/// [Keep a Changelog](https://keepachangelog.com/en/1.1.0/)"). Each version's rules apply to the
/// file; a file that names none is read as 1.1.0, the version most files link to.
package enum KeepAChangelogVersion: String, Sendable, Comparable, CaseIterable {
    case v1_0_0 = "1.0.0"
    case v1_1_0 = "1.1.0"
    /// Adds an optional summary before a version's categories, the `**Breaking:**` entry marker,
    /// and the compare-link rule; release notes are drawn from the changelog.
    case v2_0_0 = "2.0.0"

    package static let `default` = KeepAChangelogVersion.v1_1_0

    package static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether the version allows text between a section's heading and its first category.
    package var allowsSummaries: Bool { self >= .v2_0_0 }

    /// The version named in `text`: a `keepachangelog.com/<lang>/X.Y.Z` address, or the words
    /// "Keep a Changelog" followed by `X.Y.Z`, `vX.Y.Z` or `version X.Y.Z` (not any later version:
    /// "Keep a Changelog, and … Semantic Versioning 2.0.0" names none).
    static func named(in text: String) -> KeepAChangelogVersion? {
        let lowered = text.lowercased()
        for (marker, isAddress) in [("keepachangelog.com/", true), ("keep a changelog", false), ("keep-a-changelog", false)] {
            var rest = lowered[...]
            while let found = rest.range(of: marker) {
                rest = rest[found.upperBound...]
                var start = rest
                if isAddress {
                    // `en/`, `fr/`, `pt-br/`: a language before the version.
                    let language = start.prefix { $0.isLetter || $0 == "-" }
                    if start.dropFirst(language.count).first == "/" { start = start.dropFirst(language.count + 1) }
                } else {
                    start = start.drop { $0 == "]" || $0 == " " || $0 == "*" || $0 == "_" }
                    if start.hasPrefix("version ") { start = start.dropFirst(8) } else if start.hasPrefix("v") { start = start.dropFirst() }
                }
                let digits = start.prefix { $0.isASCIIDigit || $0 == "." }
                if let version = KeepAChangelogVersion(rawValue: String(digits.hasSuffix(".") ? digits.dropLast() : digits)) {
                    return version
                }
            }
        }
        return nil
    }
}

extension Changelog {
    /// The Keep a Changelog version the preamble names, through inline text or a link reference
    /// whose definition is at the foot of the file; 1.1.0 when it names none.
    package var keepAChangelogVersion: KeepAChangelogVersion {
        let text = ([title].compactMap { $0 } + preamble).map(\.text).joined(separator: "\n")
        if let version = KeepAChangelogVersion.named(in: text) { return version }
        // `[Keep a Changelog][kac]` … `[kac]: https://keepachangelog.com/en/1.0.0/`
        let used = Set(MarkdownReferences.labels(in: ([title].compactMap { $0 } + preamble).map(\.text)))
        for link in links where used.contains(link.normalizedLabel) {
            if let version = KeepAChangelogVersion.named(in: link.target) { return version }
        }
        return .default
    }
}
