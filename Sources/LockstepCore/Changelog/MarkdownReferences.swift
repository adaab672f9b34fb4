/// Finds the link reference labels Markdown text uses (CommonMark 6.3): full `[text][label]`,
/// collapsed `[label][]` and shortcut `[label]`, images too. Fenced code and code spans hold no
/// links; `[text](url)` is an inline link; `\[` is no bracket.
enum MarkdownReferences {
    /// The normalized labels (`ChangelogLink.normalize`), in order of first use, without repeats.
    /// A shortcut is listed whether or not it is defined: the caller keeps the defined ones.
    static func labels(in lines: [String]) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        var fence: ChangelogMarkdown.Fence?
        for line in lines {
            let trimmed = Substring(line).drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if open.isClosed(by: trimmed) { fence = nil }
                continue
            }
            if let open = ChangelogMarkdown.Fence(opening: trimmed) {
                fence = open
                continue
            }
            for label in labels(inLine: Array(line)) where seen.insert(label).inserted { found.append(label) }
        }
        return found
    }

    private static func labels(inLine characters: [Character]) -> [String] {
        var found: [String] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
            } else if character == "`" {
                // A code span: a run of backticks closed by a run of the same length.
                let run = characters[index...].prefix { $0 == "`" }.count
                index += run
                var scan = index
                while scan < characters.count {
                    let other = characters[scan...].prefix { $0 == "`" }.count
                    if other == run { break }
                    scan += max(other, 1)
                }
                if scan < characters.count { index = scan + run }
            } else if character == "[", let close = closing(characters, from: index) {
                let first = String(characters[(index + 1)..<close])
                let next = close + 1
                if next < characters.count, characters[next] == "(" {
                    index = next  // an inline link `[text](url)`: no reference
                    continue
                }
                if next < characters.count, characters[next] == "[", let secondClose = closing(characters, from: next) {
                    let second = String(characters[(next + 1)..<secondClose])
                    found.append(ChangelogLink.normalize(second.isEmpty ? first : second))
                    index = secondClose + 1
                } else {
                    found.append(ChangelogLink.normalize(first))
                    index = close + 1
                }
            } else {
                index += 1
            }
        }
        return found.filter { !$0.isEmpty }
    }

    /// The `]` that closes the `[` at `open`, with balanced brackets inside and escapes skipped.
    private static func closing(_ characters: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
