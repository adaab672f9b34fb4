/// A version as a manifest states it, and where: file, line and column of the value.
package struct ManifestVersion: Sendable, Equatable {
    package var file: String
    /// Which value of the file: `[package].version`, `packages[""].version`, `koprogo/api:{version}`.
    package var field: String
    package var text: String
    package var position: Position
    package var excerpt: String?

    /// A diagnostic pointing at this value.
    package func diagnostic(_ rule: RuleInfo, _ message: String, fix: String?) -> Diagnostic {
        Diagnostic(rule.id, message, fix: fix, severity: rule.severity, file: file, line: position.line,
                   column: position.column, excerpt: excerpt, width: max(1, text.count + 2))
    }
}

/// Lines of a file for excerpts: the line a diagnostic points at is shown under it.
struct SourceLines {
    let lines: [String]

    init(_ bytes: [UInt8]) { lines = DecodedMessage(bytes: bytes).lines }

    subscript(line: Int) -> String? { line >= 1 && line <= lines.count ? lines[line - 1] : nil }
}
