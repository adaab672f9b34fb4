/// A `## …` heading of a changelog, read leniently so rules can say what is off:
/// `[Unreleased]`, or `[X.Y.Z] - YYYY-MM-DD`, optionally followed by `[YANKED]`.
package struct ChangelogHeading: Sendable, Equatable {
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

    package var isUnreleased: Bool { version.lowercased() == "unreleased" }

    /// Whether the heading is exactly Keep a Changelog's form.
    package var isCanonical: Bool {
        guard isBracketed else { return false }
        if isUnreleased { return remainder.isEmpty && version == "Unreleased" }
        guard let date else { return false }
        return remainder == " - \(date)" || remainder == " - \(date) [YANKED]"
    }

    /// Reads the text after `## `; `column` is where that text starts on its line.
    package init(_ text: String, column: Int) {
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
        remainder = String(characters[index...])
        remainderColumn = column + index
        date = nil
        dateColumn = nil
        isYanked = remainder.uppercased().contains("[YANKED]")
        // The first YYYY-MM-DD-shaped word after the version is the date, real or not.
        var offset = index
        for word in remainder.split(separator: " ", omittingEmptySubsequences: false) {
            let trimmed = word.trimmingCharacters(in: "()[],")
            if CalendarDate.looksLikeDate(trimmed) {
                date = String(trimmed)
                dateColumn = column + offset + (word.firstIndex(of: trimmed.first ?? " ").map { word.distance(from: word.startIndex, to: $0) } ?? 0)
                break
            }
            offset += word.count + 1
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
