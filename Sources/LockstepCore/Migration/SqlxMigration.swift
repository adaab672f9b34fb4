/// A migration file as sqlx 0.8 reads it (`sqlx-core/src/migrate/source.rs`, `resolve_blocking`):
/// the name splits at the first `_`; a file whose rest does not end in `.sql` is ignored; the
/// version is Rust's `i64` parse of what comes before (a sign is allowed); the kind comes from the
/// suffix; the description is the rest without its suffix, `_` read as a space.
package struct SqlxMigration: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// `<version>_<description>.sql`: applied, never reverted.
        case simple
        case up, down

        package var suffix: String {
            switch self {
            case .simple: return ".sql"
            case .up: return ".up.sql"
            case .down: return ".down.sql"
            }
        }

        package var isReversible: Bool { self != .simple }
    }

    /// What sqlx makes of a file name.
    package enum Name: Sendable, Equatable {
        /// Not a migration to sqlx: it skips the file without a word.
        case ignored
        /// `sqlx migrate run` stops: the text before `_` is not an `i64`.
        case badVersion(String)
        case migration(version: Int64, description: String, kind: Kind)
    }

    package let fileName: String
    package let version: Int64
    package let description: String
    package let kind: Kind
    /// The file's exact bytes: sqlx sends them unchanged and stores their SHA-384.
    package let sql: [UInt8]

    package init(fileName: String, version: Int64, description: String, kind: Kind, sql: [UInt8]) {
        self.fileName = fileName
        self.version = version
        self.description = description
        self.kind = kind
        self.sql = sql
    }

    /// sqlx runs the file outside a transaction only when its very first bytes are the marker (no
    /// byte-order mark, blank line or other comment before it): `sql.starts_with("-- no-transaction")`.
    package var runsInTransaction: Bool { !sql.starts(with: Self.noTransactionMarker) }

    package static let noTransactionMarker = Array("-- no-transaction".utf8)

    /// The file name without its kind's suffix: an up file and its down file share it.
    package var stem: Substring { fileName.dropLast(kind.suffix.utf8.count) }

    package static func name(_ fileName: String) -> Name {
        // On the UTF-8 bytes: sqlx splits and replaces by `char`, and a hook reads a folder of
        // a hundred names in every rule that lists migrations.
        let bytes = Array(fileName.utf8)
        guard let underscore = bytes.firstIndex(of: UInt8(ascii: "_")) else { return .ignored }
        let rest = bytes[(underscore + 1)...]
        guard rest.ends(with: Kind.simple.suffix.utf8) else { return .ignored }
        let versionText = bytes[..<underscore]
        guard let version = rustInt64(versionText) else { return .badVersion(String(decoding: versionText, as: UTF8.self)) }
        let kind: Kind = rest.ends(with: Kind.up.suffix.utf8) ? .up : rest.ends(with: Kind.down.suffix.utf8) ? .down : .simple
        // Rust's `trim_end_matches` removes the suffix as many times as it repeats.
        var description = rest
        while description.ends(with: kind.suffix.utf8) { description = description.dropLast(kind.suffix.utf8.count) }
        let spaced = description.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }
        return .migration(version: version, description: String(decoding: spaced, as: UTF8.self), kind: kind)
    }

    /// Rust's `str::parse::<i64>`: an optional `+` or `-`, then ASCII digits only, in range.
    private static func rustInt64(_ text: ArraySlice<UInt8>) -> Int64? {
        let signed = text.first == UInt8(ascii: "+") || text.first == UInt8(ascii: "-")
        let digits = signed ? text.dropFirst() : text
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        var value: Int64 = 0
        let negative = text.first == UInt8(ascii: "-")
        for digit in digits {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let step = Int64(digit - UInt8(ascii: "0"))
            let (next, overflow2) = negative ? times.subtractingReportingOverflow(step) : times.addingReportingOverflow(step)
            guard !overflow, !overflow2 else { return nil }
            value = next
        }
        return value
    }

    /// The migrations of one folder in the order sqlx applies them: by version, a stable sort
    /// (files of one version keep the order given; sqlx would keep the directory's, which is
    /// unspecified). Ignored names are left out; a bad version is returned as an error.
    package static func folder(_ files: [(name: String, sql: [UInt8])]) -> Result<[SqlxMigration], BadMigrationName> {
        var migrations: [SqlxMigration] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            switch name(file.name) {
            case .ignored: continue
            case .badVersion(let text): return .failure(BadMigrationName(fileName: file.name, version: text))
            case .migration(let version, let description, let kind):
                migrations.append(SqlxMigration(fileName: file.name, version: version, description: description, kind: kind, sql: file.sql))
            }
        }
        return .success(migrations.enumerated().sorted { ($0.element.version, $0.offset) < ($1.element.version, $1.offset) }.map(\.element))
    }
}

/// A file sqlx refuses: its version is not a number.
package struct BadMigrationName: Error, Sendable, Equatable {
    package let fileName: String
    package let version: String
}

extension Collection where Element == UInt8 {
    /// Whether the last bytes are `suffix`'s.
    func ends(with suffix: some Collection<UInt8>) -> Bool {
        count >= suffix.count && dropFirst(count - suffix.count).elementsEqual(suffix)
    }
}
