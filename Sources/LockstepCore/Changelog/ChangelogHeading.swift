/// A `## …` heading of a changelog, read leniently so rules can say what is off:
/// `[Unreleased]`, or `[X.Y.Z] - YYYY-MM-DD`, optionally followed by `[YANKED]`.
///
/// Immutable, and a class: every rule walks the sections, and copying a struct of this many
/// strings cost more than the rules' own work.
package final class ChangelogHeading: Sendable, Equatable {
    /// Everything after `## ` (closing `#`s removed).
    package let text: String
    /// Where `text` starts on its line.
    package let column: Int
    /// The version as written (without brackets), or `Unreleased`.
    package let version: String
    package let versionColumn: Int
    package let isBracketed: Bool
    /// The text after the version, as written (` - 2025-11-10`, ` (2025-11-10)`, …).
    package let remainder: String
    package let remainderColumn: Int
    package let date: String?
    package let dateColumn: Int?
    package let isYanked: Bool
    package let isUnreleased: Bool
    /// Whether the version reads as a version at all (`1.2`, `v1.2.0`, `1.2.0-rc.1`), as opposed to
    /// a heading such as `Notes` that is no release.
    package let looksLikeVersion: Bool
    /// The version without a `v`/`V` prefix (the prefix is `changelog/heading-format`'s finding).
    package let versionWithoutPrefix: String
    /// `versionWithoutPrefix` read as SemVer, when the heading looks like a version: parsed once
    /// here, for the several rules that compare or judge it.
    package let semver: Result<SemVer, SemVerError>?
    /// Whether the heading is exactly Keep a Changelog's form.
    package let isCanonical: Bool

    /// `[1.2.0](https://…)`: a version linked inline rather than through a reference definition.
    package var hasInlineLink: Bool { isBracketed && remainder.hasPrefix("(") }

    /// Reads the text after `## `; `column` is where that text starts on its line.
    package convenience init(_ text: String, column: Int) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            self.init(ASCIIText(Array(text.utf8)[...]), column: column)
        } else {
            self.init(Substring(text), column: column)
        }
    }

    init<Text: ChangelogText>(_ text: Text, column: Int) {
        self.text = text.string
        self.column = column
        let versionText: Text, index: Text.Index
        if text.first == "[", let close = text.firstIndex(of: "]") {
            versionText = text[text.index(after: text.startIndex)..<close]
            versionColumn = column + 1
            isBracketed = true
            index = text.index(after: close)
        } else {
            versionText = text.prefix { !$0.isWhitespace }
            versionColumn = column
            isBracketed = false
            index = versionText.endIndex
        }
        version = versionText.string
        isUnreleased = Self.isUnreleased(version)
        looksLikeVersion = Self.looksLikeVersion(versionText)
        versionWithoutPrefix = looksLikeVersion && versionText.first?.isASCIIDigit != true ? versionText.dropFirst().string : version
        semver = looksLikeVersion ? SemVer.parse(versionWithoutPrefix) : nil
        let remainderText = text[index...]
        remainder = remainderText.string
        remainderColumn = column + text.distance(from: text.startIndex, to: index)
        isYanked = remainderText.utf8.containsASCIICaseInsensitive("[yanked]")
        let (date, dateColumn) = Self.date(in: remainderText, column: remainderColumn)
        self.date = date
        self.dateColumn = dateColumn
        isCanonical = isBracketed && Self.isCanonical(remainder: remainder, date: date, isUnreleased: isUnreleased,
                                                      version: version)
    }

    /// Everything else is read from the text and its column.
    package static func == (lhs: ChangelogHeading, rhs: ChangelogHeading) -> Bool {
        lhs.text == rhs.text && lhs.column == rhs.column
    }

    /// Whether a version as written is Unreleased, in any case.
    static func isUnreleased(_ version: String) -> Bool {
        version.utf8.count == 10 && version.lowercased() == "unreleased"
    }

    /// Whether a version as written reads as one: a digit first, after an optional `v` or `V`.
    static func looksLikeVersion(_ version: some ChangelogText) -> Bool {
        let rest = version.first == "v" || version.first == "V" ? version.dropFirst() : version
        return rest.first?.isASCIIDigit == true
    }

    /// The first YYYY-MM-DD-shaped word of `remainder` (which starts at `column`), real or not.
    private static func date<Text: ChangelogText>(in remainder: Text, column: Int) -> (String?, Int?) {
        var start = remainder.startIndex, offset = 0
        while true {
            let end = remainder[start...].firstIndex(of: " ") ?? remainder.endIndex
            let word = remainder[start..<end]
            let leading = word.prefix { $0 == "(" || $0 == "[" || $0 == "," }.count
            let trimmed = word.dropFirst(leading).prefix { $0 != ")" && $0 != "]" && $0 != "," }
            if CalendarDate.looksLikeDate(trimmed) { return (trimmed.string, column + offset + leading) }
            guard end != remainder.endIndex else { return (nil, nil) }
            offset += word.count + 1
            start = remainder.index(after: end)
        }
    }

    private static func isCanonical(remainder: String, date: String?, isUnreleased: Bool, version: String) -> Bool {
        if isUnreleased { return remainder.isEmpty && version == "Unreleased" }
        guard let date else { return false }
        return remainder == " - \(date)" || remainder == " - \(date) [YANKED]"
    }
}
