/// `{"ok": bool, "diagnostics": [{"rule", "severity", "message", "fix", "file", "line", "column",
/// "commit", "ref"}]}` on one line; keys that do not apply are absent (DESIGN.md, Command line).
package enum JSONRenderer {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        let ok = !diagnostics.contains { $0.severity == .error }
        let items = diagnostics.map { diagnostic -> String in
            var fields = [("rule", quote(diagnostic.rule)), ("severity", quote(diagnostic.severity.rawValue)),
                          ("message", quote(diagnostic.message))]
            if let fix = diagnostic.fix { fields.append(("fix", quote(fix))) }
            if let file = diagnostic.file { fields.append(("file", quote(file))) }
            if let line = diagnostic.line { fields.append(("line", String(line))) }
            if let column = diagnostic.column { fields.append(("column", String(column))) }
            if let commit = diagnostic.commitID ?? diagnostic.commit { fields.append(("commit", quote(commit))) }
            if let ref = diagnostic.ref { fields.append(("ref", quote(ref))) }
            return "{" + fields.map { "\(quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "{\"ok\": \(ok), \"diagnostics\": [" + items.joined(separator: ", ") + "]}\n"
    }

    /// A JSON string literal (RFC 8259 §7).
    package static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
