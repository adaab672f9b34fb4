struct DateOrder: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/date-order",
        summary: "a release is not dated before a lower version of the same line",
        rationale: """
            Keep a Changelog 1.1.0 dates every release, newest first. A release dated before the version \
            it follows is a typo, usually the year (`2021-01-02` written for `2022-01-02` in January), and \
            the release notes then tell the wrong story. Only versions that must come out in order are \
            compared: releases of the same major, where the lower one is a patch of the same minor or a \
            minor's first release (`1.3.0` after `1.2.0`, `1.2.1` after `1.2.0`, `0.12.0` after \
            `0.11.0`). Maintenance releases of older lines (`1.2.5` after `1.3.0`, `1.9.0` after \
            `2.0.0`) may come later.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [2.0.0] - 2025-06-01
                      ## [1.9.0] - 2025-07-01
                      ## [1.3.0] - 2025-03-01
                      ## [1.2.5] - 2025-04-01
                      ## [1.2.0] - 2025-01-10
                      ## [1.2.0-rc.1] - 2025-01-02
                      """),
                  Example("-- CHANGELOG.md --\n## [1.2.1] - 2025-01-10\r\n## [1.2.0] - 2025-01-10\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.1] - 2025-02-30\n## [1.2.0] - 2025-03-01\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [10.16.2] - ↓2021-01-02\n## [10.16.1] - 2021-12-15\n## [10.16.0] - 2021-12-01\n"),
                  Example("-- CHANGELOG.md --\n## [0.12.0] - ↓2021-03-03\r\n## [0.11.0] - 2021-12-20\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.3.0] - ↓2025-01-01\n## [1.2.5] - 2025-04-01\n## [1.2.0] - 2025-02-01 [YANKED]\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var sections: [ChangelogSection] = [], versions: [SemVer] = [], dates: [CalendarDate] = []
        for section in changelog.sections where section.kind(config.changelog) == .release {
            guard case .success(let version)? = section.heading.semver, let text = section.heading.date,
                  let date = CalendarDate(text) else { continue }
            sections.append(section)
            versions.append(version)
            dates.append(date)
        }
        // The latest date listed below each release: in a well-kept file never later than its own,
        // so the search below runs only for the releases that have a later one.
        var latestBelow = [CalendarDate?](repeating: nil, count: dates.count)
        for index in dates.indices.dropLast().reversed() {
            latestBelow[index] = max(dates[index + 1], latestBelow[index + 1] ?? dates[index + 1])
        }
        var found: [Diagnostic] = []
        for index in dates.indices {
            guard let latest = latestBelow[index], dates[index] < latest else { continue }
            // The first lower version below it that came out later: one finding per release. (A lower
            // version listed above is `changelog/order`'s finding.)
            guard let earlier = dates.indices[(index + 1)...].first(where: { other in
                dates[index] < dates[other] && versions[index].isHigher(than: versions[other])
                    && Self.mustPrecede(versions[other], versions[index])
            }), let column = sections[index].heading.dateColumn else { continue }
            found.append(Diagnostic(Self.info, "\(versions[index]) is dated \(dates[index]), before \(versions[earlier]) (\(dates[earlier])), a lower version",
                                    fix: "one of the two dates is wrong (a year typo?): write the day each release was made",
                                    at: sections[index].line, column: column, width: 10, config: config))
        }
        return found
    }

    /// Whether `lower` must come out before `higher`: same major, and the same minor or the
    /// first release of its minor.
    private static func mustPrecede(_ lower: SemVer, _ higher: SemVer) -> Bool {
        lower.major == higher.major && (lower.minor == higher.minor || lower.patch == "0")
    }
}
