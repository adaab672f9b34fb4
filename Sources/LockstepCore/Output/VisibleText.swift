/// Text from files and messages shown on a terminal: control characters (ESC above all) would
/// let a crafted manifest or message rewrite the screen, so they are shown as `\u{1B}` instead
/// (line breaks as `\n` and `\r`).
package enum VisibleText {
    package static func escaping(_ text: String) -> String {
        // Printable ASCII and tabs need no look at the scalars.
        let printable = { (byte: UInt8) in (byte >= 0x20 && byte < 0x7F) || byte == 0x09 }
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(printable) }) ?? text.utf8.allSatisfy(printable) { return text }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            // Line breaks read as people write them in TOML and JSON; other controls by number.
            if scalar == "\n" {
                out += "\\n"
            } else if scalar == "\r" {
                out += "\\r"
            } else if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls but tab, DEL, C1 controls, and the bidirectional overrides that reorder text.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
