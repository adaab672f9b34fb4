/// The parsing state: a cursor over the bytes plus the line bookkeeping positions need.
///
/// RFC 8259 §2: `JSON-text = ws value ws`; `value = false / null / true / object / array /
/// number / string`. Containers are read iteratively: an open array or object is a
/// `Container` on an explicit stack, so hostile nesting cannot overflow the call stack.
struct JSONParser: ByteDocument {
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0
    /// The current line (1-based) and the index of its first byte.
    var line = 1
    var lineStart = 0
    /// The last column computed on the current line, so that computing positions in
    /// increasing order along a line (the usual case) stays linear overall.
    var columnCacheIndex = 0
    var columnCacheValue = 1
    /// The object members to build (key paths from the root), nil for the whole document.
    /// Everything else is still read and checked (an error anywhere is the same error), but
    /// skipped: no string, node or position is made for it. A 500 KB package-lock.json needs
    /// two values.
    let selection: [[String]]?

    init(bytes: [UInt8], keeping selection: [[String]]? = nil) {
        self.bytes = bytes
        self.selection = selection
    }

    /// Which part of a value is built: all of it, the members on the way to a selected path
    /// (the path so far), or none.
    private enum Keep {
        case all, path([String]), none
    }

    /// An array or object whose closing bracket has not been read yet.
    private struct Container {
        let isObject: Bool
        let position: Position
        let keep: Keep
        var elements: [JSONNode] = []
        var members: [JSONMember] = []
        /// The key whose value is being read (objects only).
        var key = ""
        /// Whether that key leads to no selected path (its text was not even made).
        var isKeySkipped = false
        var keyPosition = Position(line: 1, column: 1)
        /// The keys that lead on to a selected path (`.path` only), worked out at the first key.
        var wantedKeys: [[UInt8]]?

        init(isObject: Bool, position: Position, keep: Keep) {
            self.isObject = isObject
            self.position = position
            self.keep = keep
        }

        var isKept: Bool {
            if case .none = keep { return false }
            return true
        }

        var closer: UInt8 { isObject ? ASCII.rightBrace : ASCII.rightBracket }

        consuming func build() -> JSONNode {
            isObject
                ? JSONNode(.object(JSONObject(members: members)), at: position)
                : JSONNode(.array(elements), at: position)
        }
    }

    // MARK: Document

    mutating func parseDocument() throws(JSONError) -> JSONNode {
        // RFC 8259 §8.1: a byte order mark MAY be ignored; npm files sometimes have one.
        if JSON.hasByteOrderMark(bytes) {
            index = 3
            lineStart = 3
            columnCacheIndex = 3
        }
        var stack: [Container] = []
        skipWhitespace()
        while true {
            // The cursor is on the first byte of a value: read it, or open a container.
            let keep = stack.last.map(childKeep) ?? (selection == nil ? .all : .path([]))
            var completed: JSONNode?
            let byte = index < bytes.count ? bytes[index] : 0
            if byte == ASCII.leftBrace || byte == ASCII.leftBracket, case .none = keep, stack.count < JSON.maximumDepth,
               skipContainer(depth: stack.count) {
                completed = nil
            } else if byte == ASCII.leftBrace || byte == ASCII.leftBracket {
                guard stack.count < JSON.maximumDepth else {
                    throw JSONError(
                        "arrays and objects are nested too deeply (more than \(JSON.maximumDepth) levels)",
                        at: position(at: index))
                }
                let start = if case .none = keep { Position(line: 0, column: 0) } else { position(at: index) }
                var container = Container(isObject: byte == ASCII.leftBrace, position: start, keep: keep)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == container.closer {
                    index += 1
                    completed = container.isKept ? container.build() : nil
                } else {
                    if container.isObject {
                        try readKey(into: &container, afterComma: false)
                    }
                    stack.append(container)
                    continue
                }
            } else if case .none = keep {
                _ = try parseScalar(materializing: false)
            } else {
                let start = position(at: index)
                completed = JSONNode(try parseScalar(), at: start)
            }
            // Hand the value to the container it belongs to; each closing bracket that
            // follows completes that container in turn.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    guard index >= bytes.count else { throw unexpected(expected: "end of file after the value") }
                    return completed ?? JSONNode(.null, at: Position(line: 1, column: 1))  // the root is always kept
                }
                let top = stack.count - 1
                let isObject = stack[top].isObject
                if let completed {
                    if isObject {
                        let member = JSONMember(
                            key: stack[top].key, keyPosition: stack[top].keyPosition, node: completed)
                        stack[top].members.append(member)
                    } else {
                        stack[top].elements.append(completed)
                    }
                }
                skipWhitespace()
                let closer = stack[top].closer
                if index < bytes.count, bytes[index] == ASCII.comma {
                    let comma = index
                    index += 1
                    skipWhitespace()
                    if index < bytes.count, bytes[index] == closer {
                        throw JSONError(
                            "trailing comma before '\(Character(Unicode.Scalar(closer)))'",
                            at: slowPosition(of: comma, in: bytes))
                    }
                    if isObject {
                        try readKey(into: &stack[top], afterComma: true)
                    }
                    break
                } else if index < bytes.count, bytes[index] == closer {
                    index += 1
                    let closed = stack.removeLast()
                    completed = closed.isKept ? closed.build() : nil
                } else {
                    throw unexpected(
                        expected: isObject ? "',' or '}' after object member" : "',' or ']' after array element")
                }
            }
        }
    }

    /// `"key" :` and the whitespace after the colon; the cursor is on the key's quote (or on
    /// whatever stands where it should be).
    private mutating func readKey(into container: inout Container, afterComma: Bool) throws(JSONError) {
        guard index < bytes.count, bytes[index] == ASCII.quote else {
            throw unexpected(expected: afterComma ? "a string key" : "a string key or '}'")
        }
        switch container.keep {
        case .none:
            _ = try parseString(materializing: false)
        case .all:
            container.keyPosition = position(at: index)
            container.key = try parseString()
        case .path(let path):
            // Most keys on the way to a selection lead elsewhere (the 1,000 packages of a lock
            // file): their bytes are compared with the selected names, and made into text only
            // if they match (or hold an escape, which only the text can tell).
            let open = index
            let names = container.wantedKeys
                ?? (selection?.filter { $0.count > path.count && $0.starts(with: path) }.map { Array($0[path.count].utf8) } ?? [])
            container.wantedKeys = names
            if skipPlainString() {
                let raw = bytes[(open + 1)..<(index - 1)]
                container.isKeySkipped = !names.contains { $0.count == raw.count && raw.elementsEqual($0) }
            } else {
                _ = try parseString(materializing: false)
                let raw = bytes[(open + 1)..<(index - 1)]
                container.isKeySkipped = !raw.contains(ASCII.backslash) && !names.contains { raw.elementsEqual($0) }
            }
            if !container.isKeySkipped {
                index = open
                container.keyPosition = position(at: index)
                container.key = try parseString()
            }
        }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == ASCII.colon else {
            throw unexpected(expected: "':' after object key")
        }
        index += 1
        skipWhitespace()
    }

    /// What is built of the value that starts at the cursor, inside `container`.
    private func childKeep(_ container: Container) -> Keep {
        switch container.keep {
        case .all: return .all
        case .none: return .none
        case .path(let path):
            guard container.isObject, !container.isKeySkipped, let selection else { return .none }
            let child = path + [container.key]
            if selection.contains(child) { return .all }
            return selection.contains { $0.starts(with: child) } ? .path(child) : .none
        }
    }

    /// A string, number or literal (anything but a container); the cursor is on its first byte.
    /// Not `materializing`: checked the same way, but a string's text is not made.
    private mutating func parseScalar(materializing: Bool = true) throws(JSONError) -> JSONValue {
        guard index < bytes.count else { throw unexpected(expected: "a value") }
        let byte = bytes[index]
        switch byte {
        case ASCII.quote:
            return .string(try parseString(materializing: materializing))
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return .number(try parseNumber())
        case _ where ASCII.isLetter(byte):
            return try parseLiteral()
        case ASCII.plus, ASCII.dot:
            throw error("a number cannot start with '\(Character(Unicode.Scalar(byte)))'", at: index)
        default:
            throw unexpected(expected: "a value")
        }
    }

    // MARK: Whitespace and lines

    /// RFC 8259 §2: whitespace is space, tab, line feed and carriage return, nothing else.
    /// A line feed (alone or after a carriage return) ends a line.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.space, ASCII.tab, ASCII.cr:
                index += 1
            case ASCII.lf:
                index += 1
                line += 1
                lineStart = index
                columnCacheIndex = index
                columnCacheValue = 1
            default:
                return
            }
        }
    }

    // MARK: Positions and errors

    mutating func error(_ message: String, at target: Int) -> JSONError {
        JSONError(message, at: position(at: target))
    }

    /// `expected <what>, found <the byte at the cursor>`, or the UTF-8 error the byte is.
    mutating func unexpected(expected what: String) -> JSONError {
        if index < bytes.count, bytes[index] >= 0x80, utf8Length(at: index) == nil {
            return invalidUTF8(at: index)
        }
        var message = "expected \(what), found \(describeCharacter(at: index))"
        if index < bytes.count {
            switch bytes[index] {
            case ASCII.apostrophe: message += " (json strings use double quotes)"
            case UInt8(ascii: "/"), ASCII.hash: message += " (json has no comments)"
            default: break
            }
        }
        return error(message, at: index)
    }
}
