/// What every harness shares: how a broken invariant stops the run, and the bounds positions
/// must stay within. A crash is what libFuzzer records as a finding, with the input that caused it.

/// Stops the run when `condition` is false: libFuzzer saves the input as `crash-…`.
package func require(_ condition: Bool, _ message: @autoclosure () -> String,
                     file: StaticString = #fileID, line: UInt = #line) {
    if !condition { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// The fuzzer's input as bytes.
package func input(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The first byte picks a mode (cleanup mode, comment character…) and the rest is the document,
/// so one corpus explores every mode.
package func split(_ bytes: [UInt8]) -> (selector: UInt8, rest: [UInt8]) {
    guard let first = bytes.first else { return (0, []) }
    return (first, Array(bytes.dropFirst()))
}

/// Each line's width in Unicode scalars (UTF-8 lead bytes), split at LF, a leading byte order
/// mark not counted: a 1-based position is inside the document when its line exists and its
/// column is at most one past the line's end.
package struct LineWidths {
    package let widths: [Int]

    package init(_ bytes: [UInt8]) {
        var widths = [0]
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for byte in bytes[start...] {
            if byte == 0x0A {
                widths.append(0)
            } else if byte & 0xC0 != 0x80 {
                widths[widths.count - 1] += 1
            }
        }
        self.widths = widths
    }

    package func contains(line: Int, column: Int) -> Bool {
        line >= 1 && line <= widths.count && column >= 1 && column <= widths[line - 1] + 1
    }
}

/// Whether the bytes are well-formed UTF-8.
package func isUTF8(_ bytes: [UInt8]) -> Bool {
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

/// A string as a TOML or JSON basic string: quotes, backslashes and control characters escaped.
package func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
