/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per
/// diagnostic, which GitHub shows as annotations on the pull request.
package enum GitHubRenderer {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            var properties: [String] = []
            if let file = diagnostic.file { properties.append("file=" + escapeProperty(file)) }
            if let line = diagnostic.line { properties.append("line=\(line)") }
            if let column = diagnostic.column { properties.append("col=\(column)") }
            properties.append("title=" + escapeProperty(diagnostic.rule))
            var text = diagnostic.message
            if let commit = diagnostic.commit {
                text = "commit \(commit)" + (diagnostic.context.map { " (\($0))" } ?? "") + ": " + text
            }
            if let ref = diagnostic.ref, diagnostic.commit == nil { text = "\(ref): " + text }
            if let fix = diagnostic.fix { text += "\nfix: " + fix }
            let command = diagnostic.severity == .error ? "error" : "warning"
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(text))\n"
        }.joined()
    }

    /// Workflow-command data escaping (actions/toolkit `escapeData`).
    /// Other control characters are made visible first; line breaks stay line breaks.
    static func escapeData(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { VisibleText.escaping(String($0)) }
            .joined(separator: "\n")
            .replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Property escaping (actions/toolkit `escapeProperty`): also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
