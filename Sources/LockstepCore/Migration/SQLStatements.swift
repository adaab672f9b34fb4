/// Where the statements of a PostgreSQL script start, and their first two words, found the way
/// psql's lexer splits a script: `;` ends a statement except inside `'…'`, `E'…'`, `"…"`,
/// `$tag$…$tag$`, `-- …` and nested `/* … */`. Enough to find a top-level `COMMIT` without being
/// fooled by the `BEGIN` of a PL/pgSQL body.
package struct SQLStatements: Sendable {
    package struct Start: Sendable, Equatable {
        /// Upper-cased, e.g. `["START", "TRANSACTION"]`; fewer when the statement is shorter.
        package let words: [String]
        /// 1-based, in bytes from the line start.
        package let line: Int
        package let column: Int
    }

    package let starts: [Start]

    package init(_ sql: [UInt8]) {
        var starts: [Start] = []
        var index = 0, line = 1, lineStart = 0
        var current: (words: [String], line: Int, column: Int)?
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            if current != nil, current!.words.count < 2 { current!.words.append(String(decoding: word, as: UTF8.self).uppercased()) }
            word = []
        }
        func finishStatement() {
            endWord()
            if let statement = current { starts.append(Start(words: statement.words, line: statement.line, column: statement.column)) }
            current = nil
        }
        /// Skips to just after `terminator`, counting lines.
        func skip(past terminator: [UInt8], escapes: Bool = false) {
            while index < sql.count {
                if escapes, sql[index] == UInt8(ascii: "\\") { index += 2; continue }
                if sql[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
                if sql[index...].starts(with: terminator) {
                    // `''` inside a string is a quote, not its end.
                    if terminator == [UInt8(ascii: "'")], index + 1 < sql.count, sql[index + 1] == UInt8(ascii: "'") { index += 2; continue }
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        while index < sql.count {
            let byte = sql[index]
            let next = index + 1 < sql.count ? sql[index + 1] : 0
            if byte == UInt8(ascii: "-"), next == UInt8(ascii: "-") {
                endWord(); skip(past: [UInt8(ascii: "\n")]); continue
            }
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                endWord()
                var depth = 0
                while index < sql.count {
                    if sql[index...].starts(with: [UInt8(ascii: "/"), UInt8(ascii: "*")]) { depth += 1; index += 2; continue }
                    if sql[index...].starts(with: [UInt8(ascii: "*"), UInt8(ascii: "/")]) { depth -= 1; index += 2; if depth == 0 { break }; continue }
                    if sql[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "\n") { endWord(); line += 1; lineStart = index + 1; index += 1; continue }
            if byte == UInt8(ascii: ";") { finishStatement(); index += 1; continue }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0xEF && current == nil && index == 0 {
                endWord()
                index += byte == 0xEF ? 3 : 1  // a byte-order mark
                continue
            }
            if current == nil { current = ([], line, index - lineStart + 1) }
            if byte == UInt8(ascii: "'") {
                let escapes = word.count == 1 && (word[0] | 0x20) == UInt8(ascii: "e")
                endWord(); index += 1; skip(past: [UInt8(ascii: "'")], escapes: escapes); continue
            }
            if byte == UInt8(ascii: "\"") { endWord(); index += 1; skip(past: [UInt8(ascii: "\"")]); continue }
            if byte == UInt8(ascii: "$"), word.isEmpty, let tag = dollarTag(sql, at: index) {
                endWord(); index += tag.count; skip(past: tag); continue
            }
            if Self.isWordByte(byte) { word.append(byte) } else { endWord() }
            index += 1
        }
        finishStatement()
        self.starts = starts
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

/// `$$` or `$tag$` at `index` (a tag is a letter or `_`, then letters, digits, `_`), nil when the
/// `$` is something else (`$1`).
private func dollarTag(_ sql: [UInt8], at index: Int) -> [UInt8]? {
    var end = index + 1
    while end < sql.count, sql[end] != UInt8(ascii: "$") {
        let byte = sql[end]
        let isLetter = byte >= 0x80 || byte == UInt8(ascii: "_") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        guard isLetter || (isDigit && end > index + 1) else { return nil }
        end += 1
    }
    guard end < sql.count else { return nil }
    return Array(sql[index...end])
}
