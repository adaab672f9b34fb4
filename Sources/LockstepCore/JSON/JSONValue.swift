/// A JSON value (RFC 8259) with the position it was written at, so every diagnostic about
/// `package.json` or `package-lock.json` can name its line.
///
/// Not `indirect`: arrays and objects already hold their children in (heap-allocated)
/// arrays, and boxing every value as well doubles the time a large lockfile takes to parse.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)
}

/// A number exactly as written (`1`, `-0`, `1.50`, `2E+3`): JSON does not say how wide
/// numbers are, so the text is kept and converted on demand. Two numbers are equal when
/// they are written the same way.
package struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    package let text: String

    /// `text` must be an RFC 8259 number (the parser only makes such numbers).
    package init(_ text: String) { self.text = text }

    /// Written without a fraction or an exponent.
    package var isInteger: Bool {
        !text.utf8.contains { $0 == ASCII.dot || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The value as an `Int`: nil when written with a fraction or an exponent (even `1.0`
    /// or `1e2`) or outside `Int`'s range.
    package var int: Int? { isInteger ? Int(text) : nil }

    /// The nearest `Double` (±infinity beyond its range, as JavaScript's `JSON.parse` gives).
    package var double: Double? { Double(text) }

    package var description: String { text }
}

/// A value and where it starts (its first character, 1-based; for a container, its bracket).
package struct JSONNode: Sendable, Equatable {
    package let value: JSONValue
    package let position: Position

    package init(_ value: JSONValue, at position: Position) {
        self.value = value
        self.position = position
    }
}

/// One `"key": value` of an object, in document order.
package struct JSONMember: Sendable, Equatable {
    package let key: String
    /// Where the key's opening quote is.
    package let keyPosition: Position
    package let node: JSONNode

    package init(key: String, keyPosition: Position, node: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.node = node
    }
}

/// An object's members in document order, duplicates included (RFC 8259 §4 only says names
/// "SHOULD be unique"; npm and JavaScript's `JSON.parse` let the last one win).
package struct JSONObject: Sendable, Equatable {
    package var members: [JSONMember]

    package init(members: [JSONMember] = []) { self.members = members }

    /// The value of `key`; with duplicates, the last one (as `JSON.parse` does).
    package subscript(key: String) -> JSONNode? {
        member(key)?.node
    }

    /// The member that defines `key`; with duplicates, the last one.
    package func member(_ key: String) -> JSONMember? {
        members.last { $0.key == key }
    }

    /// Members whose key already appeared earlier in the object, in document order, so a
    /// rule can warn about each duplicate (and `keyPosition` says where it is).
    package var duplicateKeys: [JSONMember] {
        var seen = Set<String>()
        return members.filter { !seen.insert($0.key).inserted }
    }

    package var keys: [String] { members.map(\.key) }
}

extension JSONValue {
    package var isNull: Bool { self == .null }

    package var boolValue: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    package var numberValue: JSONNumber? {
        if case .number(let value) = self { value } else { nil }
    }

    package var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    package var arrayValue: [JSONNode]? {
        if case .array(let value) = self { value } else { nil }
    }

    package var objectValue: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }

    /// How the kind is named in a message: "a string", "an object".
    package var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A document that is not valid RFC 8259 JSON, and where.
package struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    package let position: Position

    package init(_ message: String, at position: Position) {
        self.message = message
        self.position = position
    }

    package var description: String { "\(position): \(message)" }
}

/// A strict RFC 8259 JSON reader (https://www.rfc-editor.org/rfc/rfc8259).
///
/// Works directly on the bytes of the document, in one pass and in linear time: no
/// Foundation, no `[Character]`, and no recursion at all (nesting is kept on an explicit
/// stack, capped at `maximumDepth`).
package enum JSON {
    /// How deeply arrays and objects may nest before the document is refused. Keeps
    /// hostile input from exhausting the stack of whoever walks (or destroys) the result.
    package static let maximumDepth = 512

    /// Parses a JSON text held in bytes (a file as read from disk or git). A leading UTF-8
    /// byte order mark is skipped (see `hasByteOrderMark`); positions do not count it.
    package static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses the whole document as `parse` does (same errors, same positions), but builds only
    /// the object members at `paths` (key paths from the root, e.g. `["packages", "", "version"]`)
    /// and the objects on the way to them: the root is an object holding just those.
    package static func parse(_ bytes: [UInt8], keeping paths: [[String]]) throws(JSONError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, keeping: paths)
        return try parser.parseDocument()
    }

    /// Parses a JSON text held in a string.
    package static func parse(_ text: String) throws(JSONError) -> JSONNode {
        try parse(Array(text.utf8))
    }

    /// Whether the bytes start with a UTF-8 byte order mark (EF BB BF), which RFC 8259 §8.1
    /// says implementations "MUST NOT add" but "MAY ignore": `parse` ignores it, and a
    /// rule can use this to warn.
    package static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
