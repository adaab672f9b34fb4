struct ReleaseDate: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/date",
        summary: "each release date is a real calendar day",
        rationale: """
            RELEASE_PROCESS.md step 3 dates each release (`## [1.2.0] - 2025-11-10`), an ISO 8601 date \
            in Keep a Changelog 1.1.0. `2025-02-30` or `2025-13-01` has the shape of a date but names no day; \
            python-kacl and check-changelog accept it, Lockstep does not. (Dates in the future are not \
            checked: the checks do not read the clock.)
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n## [1.2.0] - 2024-02-29\n## [1.1.0] - 2000-02-29 [YANKED]\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - ↓2025-02-30\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - ↓2025-13-01\r\n## [1.1.0] - ↓1900-02-29\r\n## [1.0.0] - ↓2019-01-00\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] « ↓2025-04-31 »\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        changelog.sections.compactMap { section -> Diagnostic? in
            guard section.kind(config.changelog) == .release, let date = section.heading.date,
                  let column = section.heading.dateColumn, CalendarDate(date) == nil else { return nil }
            return Diagnostic(Self.info, "\(date) is not a calendar date", fix: Self.reason(date), at: section.line,
                              column: column, width: date.count, config: config)
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// Why the date does not exist, as the fix: the day the release was made is the one to write.
    private static func reason(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return "write the release day as YYYY-MM-DD" }
        let (year, month) = (parts[0], parts[1])
        guard (1...12).contains(month) else { return "months run from 01 to 12: write the release day as YYYY-MM-DD" }
        guard parts[2] > 0 else { return "days start at 01: write the release day as YYYY-MM-DD" }
        let days = CalendarDate.days(inMonth: month, of: year)
        return "\(monthNames[month - 1]) \(year) has \(days) days: write the day the release was made"
    }
}
