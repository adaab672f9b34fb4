/// Turns message bytes into lines of text.
///
/// git stores whatever bytes it is given and records `i18n.commitEncoding` in the commit, so
/// Latin-1 is decoded as such when it is named; any other text must be UTF-8, and bytes that
/// are not are replaced by U+FFFD and reported by `commit/encoding`.
package struct DecodedMessage: Sendable {
    package var lines: [String]
    /// Whether the last line ended with a line feed (git's scissors line only counts when it does).
    package var endsWithNewline: Bool
    /// 1-based numbers of the lines holding bytes that are not valid in the encoding, ascending.
    package var undecodableLines: [Int]

    package init(bytes: [UInt8], encoding: String? = nil) {
        let latin1 = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1"]
            .contains(encoding?.lowercased() ?? "")
        lines = []
        endsWithNewline = bytes.last == 0x0A
        undecodableLines = []
        var start = 0
        var lineNumber = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            // CRLF is a line ending, not content: an editor on Windows writes it.
            let slice = end > start && bytes[end - 1] == 0x0D ? bytes[start..<(end - 1)] : bytes[start..<end]
            if latin1 {
                lines.append(String(String.UnicodeScalarView(slice.map { Unicode.Scalar($0) })))
            } else {
                let text = String(decoding: slice, as: UTF8.self)
                if !Self.isValidUTF8(slice) { undecodableLines.append(lineNumber) }
                lines.append(text)
            }
            start = end + 1
            lineNumber += 1
        }
    }

    private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
