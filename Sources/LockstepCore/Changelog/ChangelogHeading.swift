/// A `## …` heading of a changelog, read leniently so rules can say what is off:
/// `[Unreleased]`, or `[X.Y.Z] - YYYY-MM-DD`, optionally followed by `[YANKED]`.
package struct ChangelogHeading: Sendable, Equatable {
    /// Everything after `## ` (closing `#`s removed).
    package var text: String
    /// Where `text` starts on its line.
    package var column: Int
    /// The version as written (without brackets), or `Unreleased`.
    package var version: String
    package var versionColumn: Int
    package var isBracketed: Bool
    /// The text after the version, as written (` - 2025-11-10`, ` (2025-11-10)`, …).
    package var remainder: String
    package var remainderColumn: Int
    package var date: String?
    package var dateColumn: Int?
    package var isYanked: Bool

    package let isUnreleased: Bool

    /// `[1.2.0](https://…)`: a version linked inline rather than through a reference definition.
    package var hasInlineLink: Bool { isBracketed && remainder.hasPrefix("(") }

    /// Whether the version reads as a version at all (`1.2`, `v1.2.0`, `1.2.0-rc.1`), as opposed to
    /// a heading such as `Notes` that is no release.
    package var looksLikeVersion: Bool {
        var rest = Substring(version)
        if rest.first == "v" || rest.first == "V" { rest = rest.dropFirst() }
        return rest.first?.isASCIIDigit == true
    }

    /// The version without a `v`/`V` prefix (the prefix is `changelog/heading-format`'s finding).
    package var versionWithoutPrefix: String {
        looksLikeVersion && !(version.first?.isASCIIDigit ?? false) ? String(version.dropFirst()) : version
    }

    /// Whether the heading is exactly Keep a Changelog's form.
    package var isCanonical: Bool {
        guard isBracketed else { return false }
        if isUnreleased { return remainder.isEmpty && version == "Unreleased" }
        guard let date else { return false }
        return remainder == " - \(date)" || remainder == " - \(date) [YANKED]"
    }

    /// Reads the text after `## `; `column` is where that text starts on its line.
    package init(_ text: String, column: Int) {
        self.text = text
        self.column = column
        let characters = Array(text)
        var index = 0
        if characters.first == "[", let close = characters.firstIndex(of: "]") {
            version = String(characters[1..<close])
            versionColumn = column + 1
            isBracketed = true
            index = close + 1
        } else {
            let word = characters.prefix { !$0.isWhitespace }
            version = String(word)
            versionColumn = column
            isBracketed = false
            index = word.count
        }
        isUnreleased = version.utf8.count == 10 && version.lowercased() == "unreleased"
        remainder = String(characters[index...])
        remainderColumn = column + index
        date = nil
        dateColumn = nil
        isYanked = remainder.utf8.containsASCIICaseInsensitive("[yanked]")
        // The first YYYY-MM-DD-shaped word after the version is the date, real or not.
        var offset = index
        for word in remainder.split(separator: " ", omittingEmptySubsequences: false) {
            let leading = word.prefix { "([,".contains($0) }.count
            let trimmed = word.dropFirst(leading).prefix { !")],".contains($0) }
            if CalendarDate.looksLikeDate(trimmed) {
                date = String(trimmed)
                dateColumn = column + offset + leading
                break
            }
            offset += word.count + 1
        }
    }
}
