extension Changelog {
    /// Parses bytes (UTF-8; bad bytes become U+FFFD and are reported by `changelog/readable`).
    package init(bytes: [UInt8]) {
        lines = []
        firstUndecodableLine = nil
        firstReplacementLine = nil
        firstNULLine = bytes.firstIndex(of: 0).map { nul in bytes[..<nul].lazy.filter { $0 == 0x0A }.count + 1 }
        var parser = ChangelogParser()
        var start = 0
        while start < bytes.count {
            // One pass per line finds its end and whether it is all ASCII (most lines are).
            var (end, isASCII) = bytes.withUnsafeBufferPointer { buffer in Self.lineEnd(in: buffer, from: start) }
            // CRLF is a line ending, not content: an editor on Windows writes it.
            var slice = end > start && bytes[end - 1] == 0x0D ? bytes[start..<(end - 1)] : bytes[start..<end]
            // A byte order mark is invisible in editors and on GitHub; left in, `# Changelog` on
            // line 1 would not be a heading.
            if start == 0, slice.starts(with: [0xEF, 0xBB, 0xBF]) {
                slice = slice.dropFirst(3)
                isASCII = slice.allSatisfy { $0 < 0x80 }
            }
            let text = String(decoding: slice, as: UTF8.self)
            let line = ChangelogLine(number: lines.count + 1, text: text)
            if isASCII {
                parser.read(ASCIIText(slice), line: line)
            } else {
                // Decoding replaced what was not UTF-8 with U+FFFD, so the text's bytes differ.
                if firstUndecodableLine == nil, !text.utf8.elementsEqual(slice) { firstUndecodableLine = line.number }
                if firstReplacementLine == nil, text.unicodeScalars.contains("\u{FFFD}") { firstReplacementLine = line.number }
                parser.read(Substring(text), line: line)
            }
            lines.append(text)
            start = end + 1
        }
        parser.finish()
        title = parser.title
        sections = parser.sections
        links = parser.links
        preamble = parser.preamble
    }

    package init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// Where the line at `start` ends (its LF, or the end) and whether it is all ASCII: eight
    /// bytes at a time, then byte by byte from the word that holds the LF.
    private static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, isASCII: Bool) {
        var end = start, high: UInt64 = 0
        if let base = buffer.baseAddress {
            while end + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
                guard (feeds &- 0x0101_0101_0101_0101) & ~feeds & 0x8080_8080_8080_8080 == 0 else { break }
                high |= word
                end += 8
            }
        }
        var last: UInt8 = 0
        while end < buffer.count, buffer[end] != 0x0A { last |= buffer[end]; end += 1 }
        return (end, high & 0x8080_8080_8080_8080 == 0 && last < 0x80)
    }
}
