/// The few CommonMark 0.31 line forms a changelog is made of, each read from one line whose
/// indentation has been removed (`text`) and measured (`indent`, in characters).
enum ChangelogMarkdown {
    /// A fenced code block's opening: three or more backticks or tildes (4.5).
    struct Fence {
        /// Tildes or backticks; an ASCII line may close a fence a non-ASCII line opened.
        let isTilde: Bool
        let length: Int

        init?<Text: ChangelogText>(opening text: Text) {
            guard let first = text.first, first == "`" || first == "~" else { return nil }
            let length = text.prefix { $0 == first }.count
            // 4.5: a backtick fence's info string has no backtick (``` `x` ``` is inline code).
            guard length >= 3, first == "~" || !text.dropFirst(length).contains("`") else { return nil }
            isTilde = first == "~"
            self.length = length
        }

        /// 4.5: the closing fence is at least as long, of the same character, and nothing follows.
        func isClosed<Text: ChangelogText>(by text: Text) -> Bool {
            let count = text.prefix { $0 == (isTilde ? "~" : "`") }.count
            return count >= length && text.dropFirst(count).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }

    /// An ATX heading (4.2): `#`…`######`, then a space or the end; the text without the
    /// optional closing `#` sequence, and the column where the text starts.
    static func heading<Text: ChangelogText>(_ text: Text, indent: Int) -> (level: Int, text: Text, column: Int)? {
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = text.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
        var content = rest.dropFirst(leading)
        content = content.dropLast(content.reversed().prefix { $0 == " " || $0 == "\t" }.count)
        // `## [1.2.0] - 2025-11-10 ##`: a closing sequence needs a space before it; `## C#` keeps its `#`.
        let closing = content.reversed().prefix { $0 == "#" }.count
        if closing == content.count {
            content = content.dropFirst(closing)
        } else if closing > 0, let before = content.dropLast(closing).last, before == " " || before == "\t" {
            content = content.dropLast(closing)
            content = content.dropLast(content.reversed().prefix { $0 == " " || $0 == "\t" }.count)
        }
        return (level, content, indent + level + leading + 1)
    }

    /// A link reference definition on one line (4.7): `[label]: target`. `column` is where the
    /// label starts.
    static func linkDefinition<Text: ChangelogText>(_ text: Text, line: Int, column: Int) -> ChangelogLink? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let label = text[text.index(after: text.startIndex)..<close]
        guard !label.contains("["), !label.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        let after = text[text.index(after: close)...]
        guard after.first == ":" else { return nil }
        var target = after.dropFirst().drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" }
        if target.count >= 2, target.first == "<", target.last == ">" { target = target.dropFirst().dropLast() }
        guard !target.isEmpty else { return nil }
        return ChangelogLink(label: label.string, target: target.string, line: line, column: column)
    }

    /// A list item's start (5.2): `-`, `*`, `+`, or up to nine digits and `.` or `)`, then a space
    /// or the end. `contentOffset` is how far its text starts from the marker.
    static func listItem<Text: ChangelogText>(_ text: Text) -> (contentOffset: Int, isEmpty: Bool)? {
        let width: Int
        if let first = text.first, first == "-" || first == "*" || first == "+" {
            width = 1
        } else {
            let digits = text.prefix(while: \.isASCIIDigit).count
            guard (1...9).contains(digits), let mark = text.dropFirst(digits).first, mark == "." || mark == ")" else { return nil }
            width = digits + 1
        }
        let rest = text.dropFirst(width)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }.count
        guard !rest.dropFirst(spaces).isEmpty else { return (width + 1, true) }
        // 5.2: five or more spaces after the marker make indented code; the text starts after one.
        return (width + (spaces <= 4 ? spaces : 1), false)
    }

    /// `---`, `***`, `___`, `- - -` (4.1).
    static func isThematicBreak<Text: ChangelogText>(_ text: Text) -> Bool {
        guard let first = text.first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for character in text {
            if character == first {
                count += 1
            } else if character != " " && character != "\t" {
                return false
            }
        }
        return count >= 3
    }
}
