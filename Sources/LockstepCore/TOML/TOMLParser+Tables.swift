/// One part of a (possibly dotted) key, with where it is written.
struct KeySegment {
    let name: String
    let position: Position
}

/// A table while the document is being read: entries in document order, a hash index for
/// linear-time lookups, and how the table came to exist (which decides what may still be
/// added to it). Converted to an immutable `TOMLTable` at the end.
final class TableBuilder {
    enum Kind {
        /// Created as a prefix of a header (`a` in `[a.b]`): may still be defined by `[a]`.
        case implicit
        /// Defined by a `[header]` (or the root, or an `[[array]]` element): defined once.
        case explicit
        /// Created by a dotted key (`a` in `a.b = 1`): cannot be defined by a header later.
        case dotted
    }

    enum Item {
        /// A plain value; static arrays and inline tables are complete (immutable) values.
        case value(TOMLNode)
        case table(TableBuilder)
        case tableArray(TableArray)
    }

    struct Slot {
        let key: String
        var keyPosition: Position
        var item: Item
    }

    var kind: Kind
    /// Where the table starts: its header's `[`, or the key that created it implicitly.
    var position: Position
    /// Nesting level, to refuse documents nested past `TOML.maximumDepth`.
    let depth: Int
    private(set) var slots: [Slot] = []
    /// Key → slot index, built only once the table outgrows a linear scan (most tables
    /// have a handful of keys, and a dictionary per table costs more than it saves).
    private var lookup: [String: Int]?
    private static let linearScanLimit = 12

    init(kind: Kind, position: Position, depth: Int) {
        self.kind = kind
        self.position = position
        self.depth = depth
    }

    func slot(named key: String) -> (index: Int, slot: Slot)? {
        if let lookup {
            guard let found = lookup[key] else { return nil }
            return (found, slots[found])
        }
        for offset in slots.indices where slots[offset].key == key {
            return (offset, slots[offset])
        }
        return nil
    }

    func append(key: String, at keyPosition: Position, item: Item) {
        if lookup != nil {
            lookup?[key] = slots.count
        } else if slots.count == Self.linearScanLimit {
            var index: [String: Int] = [:]
            index.reserveCapacity(slots.count * 2)
            for (offset, slot) in slots.enumerated() { index[slot.key] = offset }
            index[key] = slots.count
            lookup = index
        }
        slots.append(Slot(key: key, keyPosition: keyPosition, item: item))
    }

    func setKeyPosition(_ keyPosition: Position, ofSlot slotIndex: Int) {
        slots[slotIndex].keyPosition = keyPosition
    }

    /// The finished table. Recursion is bounded by `TOML.maximumDepth`.
    func build() -> TOMLTable {
        var entries: [TOMLEntry] = []
        entries.reserveCapacity(slots.count)
        for slot in slots {
            let node: TOMLNode
            switch slot.item {
            case .value(let value):
                node = value
            case .table(let table):
                node = TOMLNode(.table(table.build()), at: table.position)
            case .tableArray(let array):
                var elements: [TOMLNode] = []
                elements.reserveCapacity(array.tables.count)
                for table in array.tables {
                    elements.append(TOMLNode(.table(table.build()), at: table.position))
                }
                node = TOMLNode(.array(elements), at: array.position)
            }
            entries.append(TOMLEntry(key: slot.key, keyPosition: slot.keyPosition, node: node))
        }
        return TOMLTable(entries: entries)
    }
}

/// An array of tables made by `[[header]]`s (a class so that appending is O(1)).
final class TableArray {
    /// The first `[[header]]`.
    let position: Position
    var tables: [TableBuilder]

    init(position: Position, first: TableBuilder) {
        self.position = position
        self.tables = [first]
    }
}

// MARK: - Table definition rules (TOML 1.0 §Table, §Array of Tables, §Keys)

extension TOMLParser {
    /// `[a.b.c]`: walks (creating implicitly) `a.b`, then defines `c`.
    mutating func defineTable(
        _ keys: [KeySegment], headerPosition: Position, root: TableBuilder
    ) throws(TOMLError) -> TableBuilder {
        var header: String { Self.headerText(keys, isArray: false) }  // only for messages
        let parent = try walkHeaderPrefix(of: keys, isArray: false, root: root)
        let last = keys[keys.count - 1]
        guard let existing = parent.slot(named: last.name) else {
            return try addTable(named: last, to: parent, kind: .explicit, position: headerPosition)
        }
        switch existing.slot.item {
        case .table(let table):
            switch table.kind {
            case .implicit:
                // TOML 1.0 §Table: a super-table may be defined after its sub-tables, once.
                // The entry now points at this header (the one that defines it).
                table.kind = .explicit
                table.position = headerPosition
                parent.setKeyPosition(last.position, ofSlot: existing.index)
                return table
            case .explicit:
                throw TOMLError(
                    "table \(header) is already defined (at line \(table.position.line))", at: last.position)
            case .dotted:
                // TOML 1.0 §Table: tables made by dotted keys cannot be re-opened by a header.
                throw TOMLError(
                    "table \(header) is already defined by dotted keys (at line \(existing.slot.keyPosition.line))",
                    at: last.position)
            }
        case .tableArray:
            throw TOMLError(
                "cannot define table \(header): \(Self.quoted(keys[...])) is already an array of tables "
                    + "(at line \(existing.slot.keyPosition.line))",
                at: last.position)
        case .value(let node):
            throw TOMLError(
                "cannot define table \(header): key \(Self.quoted(keys[...])) is already \(Self.kindName(node.value)) "
                    + "(at line \(existing.slot.keyPosition.line))",
                at: last.position)
        }
    }

    /// `[[a.b.c]]`: walks `a.b`, then appends a new table to the array of tables `c`.
    mutating func appendArrayTable(
        _ keys: [KeySegment], headerPosition: Position, root: TableBuilder
    ) throws(TOMLError) -> TableBuilder {
        var header: String { Self.headerText(keys, isArray: true) }  // only for messages
        let parent = try walkHeaderPrefix(of: keys, isArray: true, root: root)
        let last = keys[keys.count - 1]
        // The array is one level, its tables another.
        let depth = parent.depth + 2
        guard depth <= TOML.maximumDepth else {
            throw TOMLError("tables are nested too deeply (more than \(TOML.maximumDepth) levels)", at: last.position)
        }
        let table = TableBuilder(kind: .explicit, position: headerPosition, depth: depth)
        guard let existing = parent.slot(named: last.name) else {
            parent.append(
                key: last.name, at: last.position,
                item: .tableArray(TableArray(position: headerPosition, first: table)))
            return table
        }
        switch existing.slot.item {
        case .tableArray(let array):
            array.tables.append(table)
            return table
        case .table:
            throw TOMLError(
                "cannot define array of tables \(header): \(Self.quoted(keys[...])) is already a table "
                    + "(at line \(existing.slot.keyPosition.line))",
                at: last.position)
        case .value(let node):
            // TOML 1.0 §Array of Tables: a static array cannot be appended to with [[ ]].
            throw TOMLError(
                "cannot define array of tables \(header): key \(Self.quoted(keys[...])) is already "
                    + "\(Self.kindName(node.value)) (at line \(existing.slot.keyPosition.line))",
                at: last.position)
        }
    }

    /// The table a header's prefix names, creating missing tables implicitly. Through an
    /// array of tables the walk goes into its last table (TOML 1.0 §Array of Tables).
    private mutating func walkHeaderPrefix(
        of keys: [KeySegment], isArray: Bool, root: TableBuilder
    ) throws(TOMLError) -> TableBuilder {
        let prefix = keys.dropLast()
        var table = root
        for (offset, segment) in prefix.enumerated() {
            guard let existing = table.slot(named: segment.name) else {
                table = try addTable(named: segment, to: table, kind: .implicit, position: segment.position)
                continue
            }
            switch existing.slot.item {
            case .table(let child):
                // Any table may be walked through, even one made by dotted keys
                // (TOML 1.0 §Table: "[fruit.apple.texture]  # you can add sub-tables").
                table = child
            case .tableArray(let array):
                // Never empty: an array of tables is created with its first table.
                table = array.tables.last ?? table
            case .value(let node):
                let path = prefix.prefix(offset + 1)
                let reason =
                    if case .table = node.value {
                        "inline table \(Self.quoted(path)) (line \(existing.slot.keyPosition.line)) cannot be extended"
                    } else {
                        "key \(Self.quoted(path)) is already \(Self.kindName(node.value)) "
                            + "(at line \(existing.slot.keyPosition.line))"
                    }
                let what = isArray ? "array of tables" : "table"
                throw TOMLError(
                    "cannot define \(what) \(Self.headerText(keys, isArray: isArray)): \(reason)", at: segment.position)
            }
        }
        return table
    }

    /// For `a.b.c = v`: the table that will hold `c`, creating `a` and `a.b` as needed.
    mutating func resolveDottedKey(_ keys: [KeySegment], in base: TableBuilder) throws(TOMLError) -> TableBuilder {
        var table = base
        for (offset, segment) in keys.dropLast().enumerated() {
            let path = keys.prefix(offset + 1)
            guard let existing = table.slot(named: segment.name) else {
                table = try addTable(named: segment, to: table, kind: .dotted, position: segment.position)
                continue
            }
            let line = existing.slot.keyPosition.line
            switch existing.slot.item {
            case .table(let child):
                switch child.kind {
                case .dotted:
                    break
                case .implicit:
                    // Only a prefix of some header so far (`[a.b.c]` then `b.x = 1` in `[a]`):
                    // dotted keys may extend it, and it then counts as made by dotted keys.
                    // (This is what Python's tomllib and toml-test accept.)
                    child.kind = .dotted
                case .explicit:
                    // TOML 1.0 §Table: dotted keys cannot add to a table defined by a header.
                    throw TOMLError(
                        "cannot add key \(Self.quoted(keys[...])): table \(Self.quoted(path)) is defined by a header "
                            + "(at line \(child.position.line)) and cannot be extended with dotted keys",
                        at: segment.position)
                }
                table = child
            case .tableArray:
                throw TOMLError(
                    "cannot add key \(Self.quoted(keys[...])): \(Self.quoted(path)) is an array of tables "
                        + "(at line \(line)) and cannot be extended with dotted keys",
                    at: segment.position)
            case .value(let node):
                // TOML 1.0 §Inline Table: inline tables are fully defined where written.
                let reason =
                    if case .table = node.value {
                        "inline table \(Self.quoted(path)) (line \(line)) cannot be extended"
                    } else {
                        "key \(Self.quoted(path)) is already \(Self.kindName(node.value)) (at line \(line))"
                    }
                throw TOMLError("cannot add key \(Self.quoted(keys[...])): \(reason)", at: segment.position)
            }
        }
        return table
    }

    private func addTable(
        named segment: KeySegment, to parent: TableBuilder, kind: TableBuilder.Kind, position: Position
    ) throws(TOMLError) -> TableBuilder {
        let depth = parent.depth + 1
        guard depth <= TOML.maximumDepth else {
            throw TOMLError(
                "tables are nested too deeply (more than \(TOML.maximumDepth) levels)", at: segment.position)
        }
        let table = TableBuilder(kind: kind, position: position, depth: depth)
        parent.append(key: segment.name, at: segment.position, item: .table(table))
        return table
    }
}
