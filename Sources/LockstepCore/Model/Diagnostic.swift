/// One finding: what is wrong, where, and how to make it right.
///
/// Rules fill what they know (rule, message, fix, line, column); checks add `file`, `commit`,
/// `ref`; the configuration sets `severity`. Lines and columns are 1-based.
package struct Diagnostic: Hashable, Sendable {
    package let rule: String
    package var severity: Severity
    /// What is wrong: lower-case, no final period.
    package let message: String
    /// How to make it right.
    package let fix: String?
    package var file: String?
    package var line: Int?
    package var column: Int?
    package var commit: String?
    /// The full id of `commit` (40 hex digits), which JSON gives: scripts compare ids whole.
    package var commitID: String?
    package var ref: String?
    /// What the location is, for people: a commit's header beside its short id.
    package var context: String?
    /// The offending source line, shown under the message in text output.
    package var excerpt: String?
    /// How many characters from `column` the finding covers (text output underlines them).
    package var width: Int
    /// When the fix is a rewrite: the corrected text of what the finding points at (the whole
    /// line, or the branch or tag name), as the fix quotes it. Tests apply it and check it passes.
    package var replacement: String?

    package init(_ rule: String, _ message: String, fix: String? = nil, severity: Severity = .error,
                 file: String? = nil, line: Int? = nil, column: Int? = nil,
                 commit: String? = nil, ref: String? = nil, excerpt: String? = nil, width: Int = 1) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.fix = fix
        self.file = file
        self.line = line
        self.column = column
        self.commit = commit
        self.ref = ref
        self.excerpt = excerpt
        self.width = width
        context = nil
    }
}
