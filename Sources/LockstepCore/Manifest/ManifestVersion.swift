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

/// Lines of a file for excerpts: the line a diagnostic points at is shown under it. Only that
/// line is decoded: a 500 KB lock file has one excerpt, not 15,000 lines to turn into strings.
struct SourceLines {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Every line (CRLF and LF endings removed), for code that scans them all.
    var lines: [String] { DecodedMessage(bytes: bytes).lines }

    /// Line `line` (1-based) as `DecodedMessage` reads it: split at LF, a CR before it dropped,
    /// bytes that are not UTF-8 replaced; nil past the last line (a final LF ends no new line).
    subscript(line: Int) -> String? {
        guard line >= 1 else { return nil }
        var start = 0
        for _ in 1..<line {
            guard let end = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = end + 1
        }
        guard start < bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        let slice = end > start && bytes[end - 1] == 0x0D ? bytes[start..<(end - 1)] : bytes[start..<end]
        return String(decoding: slice, as: UTF8.self)
    }
}
