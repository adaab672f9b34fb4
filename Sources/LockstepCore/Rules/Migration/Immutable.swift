struct Immutable: Rule {
    static let info = RuleInfo(
        id: "migration/immutable",
        summary: "a migration that exists at the previous release tag is byte-identical now",
        rationale: """
            Production ran the released migrations, and sqlx stored the SHA-384 of each file in \
            `_sqlx_migrations`. An edited one makes `sqlx migrate run` stop with "migration … was \
            previously applied but has been modified"; a deleted one with "… was previously applied but \
            is missing". Change the schema with a new migration instead.
            """,
        configKeys: ["migration.path", "version.tag-prefix"],
        passing: [Example("-- backend/migrations/1_init.sql --\nCREATE TABLE t ();\n-- release:backend/migrations/1_init.sql --\nCREATE TABLE t ();\n-- tags --\nv1.0.0\n"),
                  Example("-- backend/migrations/1_init.sql --\nCREATE TABLE t ();\n-- backend/migrations/2_more.up.sql --\nALTER TABLE t ADD c int;\n-- release:backend/migrations/1_init.sql --\nCREATE TABLE t ();\n"),
                  Example("-- backend/migrations/1_init.sql --\nCREATE TABLE t (a int);\n")],
        failing: [Example("-- backend/migrations/1_init.sql --\n↓CREATE TABLE t (a int);\n-- release:backend/migrations/1_init.sql --\nCREATE TABLE t ();\n-- tags --\nv1.0.0\n"),
                  Example("-- backend/migrations/1_init.sql --\n↓CREATE TABLE t ();\r\nSELECT 1;\n-- release:backend/migrations/1_init.sql --\nCREATE TABLE t ();\nSELECT 1;\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let release = input.release else { return [] }
        let tag = input.tags.first ?? "the previous release"
        let present = Set(input.tree.listing)
        return input.migrations(in: release, config: config).compactMap { migration -> Diagnostic? in
            let path = migration.path
            guard present.contains(path) else {
                return Diagnostic(Self.info.id, "\(path) was released in \(tag) and is gone: `sqlx migrate run` stops where it was applied",
                                  fix: "restore it with `git checkout \(tag) -- \(path)`", file: path)
            }
            guard case .file(let now)? = input.tree[path], case .file(let then)? = release[path], now != then else { return nil }
            let (nowLines, thenLines) = (lineSplit(now), lineSplit(then))
            let line = (0..<min(nowLines.count, thenLines.count)).first { nowLines[$0] != thenLines[$0] }.map { $0 + 1 }
                ?? min(nowLines.count, thenLines.count) + 1
            return Diagnostic(Self.info.id, "\(path) was released in \(tag) and has changed: sqlx's stored checksum no longer matches",
                              fix: "restore it with `git checkout \(tag) -- \(path)` and make the change in a new migration",
                              file: path, line: line, column: 1)
        }
    }
}

/// A file's lines, each with its line break, for finding the first one that differs.
private func lineSplit(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        lines.append(bytes[start...index])
        start = index + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    return lines
}
