/// A git configuration file read the way git reads it (config.c `git_parse_source`), for the
/// few keys a commit-msg hook needs without loading libgit2.
package struct GitConfigFile: Sendable {
    /// `section[.subsection].name` with section and name lower-cased (git's canonical form), and the value;
    /// nil for a bare `name` (boolean true).
    package private(set) var entries: [(key: String, value: String?)] = []
    /// `[include]` or `[includeIf …]` appear: the file pulls in others, so only a full reader is exact.
    package private(set) var hasIncludes = false

    package init(entries: [(key: String, value: String?)] = []) { self.entries = entries }

    /// Nil when the text is not valid git config syntax (git would refuse it too).
    package init?(bytes: [UInt8]) {
        var parser = GitConfigParser(bytes: bytes)
        guard let parsed = parser.parse() else { return nil }
        entries = parsed
        hasIncludes = parsed.contains { $0.key.hasPrefix("include.") || $0.key.hasPrefix("includeif.") }
    }

    /// The last value given to `key` (later lines win, as in git).
    package func value(_ key: String) -> String?? {
        entries.last { $0.key == key }.map(\.value)
    }
}

/// The byte-level grammar: sections, subsections, variables, quoting, escapes, continuations, comments.
struct GitConfigParser {
    let bytes: [UInt8]
    var index = 0
    var section = ""

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is skipped, as git does.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func parse() -> [(key: String, value: String?)]? {
        var entries: [(key: String, value: String?)] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: ";") { skipLine(); continue }
            if byte == UInt8(ascii: "[") {
                guard let name = parseSectionHeader() else { return nil }
                section = name
                continue
            }
            guard isAlpha(byte), !section.isEmpty else { return nil }
            guard let entry = parseVariable() else { return nil }
            entries.append(entry)
        }
        return entries
    }

    private mutating func skipLine() {
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    }

    /// `[section]`, `[section "sub\"sect"]` (case kept), or the old `[section.sub]` (lower-cased).
    private mutating func parseSectionHeader() -> String? {
        index += 1
        var name: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") { index += 1; return String(decoding: name, as: UTF8.self).lowercased() }
            if isSpace(byte) { break }
            guard isAlnum(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return nil }
            name.append(byte)
            index += 1
        }
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var subsection: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == 0x0A { return nil }
            if bytes[index] == UInt8(ascii: "\\") { index += 1 }
            // git refuses a backslash before the line feed too (config.c get_extended_base_var).
            guard index < bytes.count, bytes[index] != 0x0A else { return nil }
            subsection.append(bytes[index])
            index += 1
        }
        index += 1
        guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else { return nil }
        index += 1
        return String(decoding: name, as: UTF8.self).lowercased() + "." + String(decoding: subsection, as: UTF8.self)
    }

    private mutating func parseVariable() -> (key: String, value: String?)? {
        var name: [UInt8] = []
        while index < bytes.count, isAlnum(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            name.append(bytes[index])
            index += 1
        }
        let key = section + "." + String(decoding: name, as: UTF8.self).lowercased()
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] != 0x0A else { return (key, nil) }
        if bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: ";") { skipLine(); return (key, nil) }
        guard bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        guard let value = parseValue() else { return nil }
        return (key, value)
    }

    /// config.c `parse_value`: trims unquoted outer whitespace, keeps inner runs as one space,
    /// honours quotes, `\n \t \b \" \\` escapes, backslash-newline continuations and comments.
    private mutating func parseValue() -> String? {
        var value: [UInt8] = []
        var quoted = false
        var pendingSpace = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                guard !quoted else { return nil }
                break
            }
            if !quoted, byte == UInt8(ascii: "#") || byte == UInt8(ascii: ";") { skipLine(); break }
            if !quoted, isSpace(byte) {
                if !value.isEmpty { pendingSpace += 1 }
                continue
            }
            if pendingSpace > 0 {
                value.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pendingSpace))
                pendingSpace = 0
            }
            if byte == UInt8(ascii: "\\") {
                guard index < bytes.count else { return nil }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case 0x0A: continue
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "b"): value.append(0x08)
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""): value.append(escaped)
                default: return nil
                }
                continue
            }
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            value.append(byte)
        }
        guard !quoted else { return nil }
        return String(decoding: value, as: UTF8.self)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C }
    private func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private func isAlnum(_ byte: UInt8) -> Bool { isAlpha(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
}
