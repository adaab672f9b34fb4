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

/// Lines of a file for excerpts: the line a diagnostic points at is shown under it. Decoded on
/// demand: a 480 KB lock file parsed for two versions needs two lines, not twenty thousand.
struct SourceLines {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Every line (CRLF and LF endings removed), for code that scans them all.
    var lines: [String] { DecodedMessage(bytes: bytes).lines }

    subscript(line: Int) -> String? {
        guard line >= 1 else { return nil }
        var start = 0
        var number = 1
        while number < line {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = newline + 1
            number += 1
        }
        guard start < bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        return DecodedMessage(bytes: Array(bytes[start..<end])).lines.first ?? ""
    }
}
