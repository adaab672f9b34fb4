/// Diagnostics for a person: what is wrong, where, the offending line underlined, and the fix.
///
///     error[commit/type-enum]: `feature` is not an allowed type
///       --> .git/COMMIT_EDITMSG:1:1
///        |
///      1 | feature: add login
///        | ^^^^^^^
///        = fix: use `feat` (allowed: build, chore, ci, …)
package struct TextRenderer: Sendable {
    package let color: Bool

    package init(color: Bool) { self.color = color }

    package func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    package func render(_ found: Diagnostic) -> String {
        var diagnostic = found
        diagnostic.excerpt = diagnostic.excerpt.map(VisibleText.escaping)
        let message = VisibleText.escaping(diagnostic.message)
        let fix = diagnostic.fix.map(VisibleText.escaping)
        let label = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
        var out = ""
        // A `check --all` prints hundreds of these: one buffer, grown once.
        out.reserveCapacity(256 + 2 * (diagnostic.excerpt?.utf8.count ?? 0) + message.utf8.count + (fix?.utf8.count ?? 0))
        out += "\(label)\(paint("[\(diagnostic.rule)]", "2")): \(paint(message, "1"))\n"
        if let location = Self.location(of: diagnostic) { out += "  --> \(VisibleText.escaping(location))\n" }
        // The `=` of the fix lines up with the `|` of the excerpt, whatever the line number's width.
        var gutter = " "
        if let excerpt = diagnostic.excerpt, let line = diagnostic.line {
            let number = String(line)
            gutter = Self.repeated(" ", number.utf8.count)
            let shown = excerpt.utf8.contains(ASCII.tab) ? excerpt.replacing("\t", with: " ") : excerpt
            let column = max(1, min(diagnostic.column ?? 1, shown.count + 1))
            let width = max(1, min(diagnostic.width, shown.count - column + 1))
            // Columns count characters; the markers count what a terminal shows (emoji take two).
            let before = shown.prefix(column - 1), marked = shown.dropFirst(column - 1).prefix(width)
            out += " \(gutter) |\n \(number) | \(shown)\n"
            out += " \(gutter) | \(Self.repeated(" ", TerminalWidth.of(before)))"
                + "\(paint(Self.repeated("^", max(1, TerminalWidth.of(marked))), "1;31"))\n"
        }
        if let fix { out += " \(gutter) = \(paint("fix", "1;36")): \(fix)\n" }
        return out
    }

    /// `count` copies of an ASCII character, written straight into the string's storage.
    private static func repeated(_ character: Unicode.Scalar, _ count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(character.value))
            return count
        }
    }

    /// `file:line:column`, `commit abc1234:line:column`, or the ref.
    static func location(of diagnostic: Diagnostic) -> String? {
        var position = ""
        if let line = diagnostic.line {
            position = ":\(line)" + (diagnostic.column.map { ":\($0)" } ?? "")
        }
        if let file = diagnostic.file {
            let commit = diagnostic.commit.map { " in commit \($0)" } ?? ""
            return file + position + commit
        }
        if let commit = diagnostic.commit {
            let header = diagnostic.context.map { " (\($0))" } ?? ""
            return "commit \(commit)\(header)" + (position.isEmpty ? "" : ", line \(position.dropFirst())")
        }
        if let ref = diagnostic.ref { return ref }
        return nil
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// "2 errors, 1 warning" — nil when there is nothing to count.
    package static func summary(of diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
