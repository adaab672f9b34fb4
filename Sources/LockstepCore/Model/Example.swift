/// A rule's example. In a failing example each `↓` marks where a diagnostic must point
/// (the marker itself is removed before the rule sees the text).
package struct Example: Sendable {
    package let text: String
    /// Configuration the example runs under, as `.lockstep.toml` text (empty: defaults).
    package let config: String
    package let file: String
    package let line: Int

    package init(_ text: String, config: String = "", file: String = #filePath, line: Int = #line) {
        self.text = text
        self.config = config
        self.file = file
        self.line = line
    }

    package static let marker: Character = "↓"

    /// The text without markers.
    package var cleanText: String { text.filter { $0 != Self.marker } }

    /// Where each marker stands in `cleanText`, as 1-based (line, column) in characters.
    package var markers: [Position] {
        var found: [Position] = []
        var line = 1, column = 1
        for character in text {
            if character == Self.marker {
                found.append(Position(line: line, column: column))
            } else if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return found
    }
}

/// A 1-based line and column.
package struct Position: Hashable, Sendable, CustomStringConvertible {
    package let line: Int
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }
}
