/// The version `sqlx migrate add` (sqlx-cli 0.8, `MigrationOrdering::infer`) gives a new migration:
/// the next number when the folder counts 1, 2, 3 (its last two up migrations differ by one, or its
/// only one is 0 or 1), written with at least four digits; else the UTC time as YYYYMMDDHHMMSS.
/// Unlike sqlx it never returns a version the folder already uses.
package enum MigrationVersion {
    package static func next(existing fileNames: [String], timestamp: String) -> String {
        let versions = fileNames.compactMap { name -> Int64? in
            guard case .migration(let version, _, let kind) = SqlxMigration.name(name), kind != .down else { return nil }
            return version
        }.sorted()
        let highest = versions.last
        let isSequential: Bool
        if versions.count >= 2 {
            isSequential = versions[versions.count - 1] - versions[versions.count - 2] == 1
        } else {
            isSequential = highest == 0 || highest == 1
        }
        if isSequential, let highest {
            let next = String(highest + 1)
            return String(repeating: "0", count: max(0, 4 - next.count)) + next
        }
        if let highest, let stamp = Int64(timestamp), stamp <= highest { return String(highest + 1) }
        return timestamp
    }

    package static func timestamp(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)" + two(month) + two(day) + two(hour) + two(minute) + two(second)
    }
}
