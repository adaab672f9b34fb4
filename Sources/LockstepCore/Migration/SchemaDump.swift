/// `pg_dump --schema-only` output made comparable: what changes from one run to the next is
/// dropped (the random key of `\restrict`/`\unrestrict`, pg_dump 15.18 and later; the "Dumped
/// from/by" versions), and the columns of each `CREATE TABLE` are sorted.
///
/// Column order does not count: PostgreSQL has no way to add a column anywhere but at the end, so
/// a down file that re-adds a dropped column cannot put it back in place, and sqlx code names its
/// columns. A green check therefore says nothing about `SELECT *` or `INSERT` without column lists.
package struct SchemaDump: Sendable, Equatable {
    package let lines: [String]

    package init(_ output: [UInt8]) {
        var lines: [String] = []
        var table: [String]?
        for raw in output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = String(decoding: raw, as: UTF8.self)
            if line.hasPrefix("\\restrict ") || line.hasPrefix("\\unrestrict ") || line.hasPrefix("-- Dumped from ")
                || line.hasPrefix("-- Dumped by ") { continue }
            if var columns = table {
                if line.hasPrefix(")") {
                    lines += columns.sorted().map { "    " + $0 }
                    lines.append(line)
                    table = nil
                } else {
                    columns.append(line.hasSuffix(",") ? String(line.dropFirst(4).dropLast()) : String(line.dropFirst(4)))
                    table = columns
                }
                continue
            }
            lines.append(line)
            if line.hasPrefix("CREATE TABLE ") || line.hasPrefix("CREATE UNLOGGED TABLE "), line.hasSuffix(" (") { table = [] }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }
}
