/// A TOML 1.0 value with the position it was written at, so every diagnostic about a
/// configuration file or a manifest can name its line. Not `indirect`: arrays and tables nest
/// through arrays already, and a boxed case would cost an allocation for each of a Cargo.lock's
/// 3,000 values.
package enum TOMLValue: Sendable, Equatable {
    /// An array or an inline table.
    var isContainer: Bool {
        switch self {
        case .array, .table: return true
        default: return false
        }
    }

    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    /// Offset date-time, local date-time, local date or local time, as written (RFC 3339 text).
    case dateTime(String)
    case array([TOMLNode])
    case table(TOMLTable)
}

/// A value and where it starts (the first character of the value, 1-based).
package struct TOMLNode: Sendable, Equatable {
    package let value: TOMLValue
    package let position: Position

    package init(_ value: TOMLValue, at position: Position) {
        self.value = value
        self.position = position
    }
}

/// One `key = value` (or `[header]`) of a table, in document order.
package struct TOMLEntry: Sendable, Equatable {
    package let key: String
    /// Where the key itself is written (for a table made by a `[header]`, the header's key).
    package let keyPosition: Position
    package var node: TOMLNode
}

/// A table in document order.
package struct TOMLTable: Sendable, Equatable {
    package var entries: [TOMLEntry] = []

    package init(entries: [TOMLEntry] = []) { self.entries = entries }

    package subscript(key: String) -> TOMLNode? {
        entries.first { $0.key == key }?.node
    }

    package func entry(_ key: String) -> TOMLEntry? {
        entries.first { $0.key == key }
    }
}

/// A document that is not valid TOML 1.0, and where.
package struct TOMLError: Error, Sendable, Equatable {
    package let message: String
    package let position: Position

    package init(_ message: String, at position: Position) {
        self.message = message
        self.position = position
    }
}
