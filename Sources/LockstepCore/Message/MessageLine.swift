/// One line of a message as a rule sees it: its text (no line terminator) and its 1-based
/// line number in the file the user edited, so diagnostics point at what they see.
package struct MessageLine: Sendable, Equatable {
    package let number: Int
    package let text: String

    package init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// git counts a whitespace-only line as blank between header and body.
    package var isBlank: Bool { text.isGitBlank }
}
