/// RELEASE_PROCESS.md's whole pre-release checklist for one release, with the items the rules can
/// judge ticked (or failed) and their evidence, and the items only people can judge (tests run,
/// manual QA, backups, load tests) left open: ready to paste into the release pull request.
package struct PreReleaseChecklist: Sendable {
    package enum State: String, Sendable {
        /// A rule proved the item.
        case proven
        /// A rule found the item not done.
        case failed
        /// People judge it.
        case open
    }

    package struct Item: Sendable {
        package let text: String
        package var state: State
        package var rules: [String]
        package var evidence: [String]
    }

    package struct Group: Sendable {
        package let title: String
        package var items: [Item]
    }

    /// The release process's checklist, group by group, as RELEASE_PROCESS.md writes it.
    static let process: [(title: String, items: [String])] = [
        ("Code Quality", ["All tests pass (`make test`)", "Linting passes (`make lint`)",
                          "No security vulnerabilities (`cargo audit`)", "Coverage ≥ 80% for new code"]),
        ("Documentation", [changelogItem, apiItem, guidesItem, migrationItem]),
        ("Testing", ["Unit tests pass (`cargo test --lib`)", "Integration tests pass (`cargo test --test integration`)",
                     "BDD tests pass (`cargo test --test bdd`)", "E2E tests pass (`cargo test --test e2e`)",
                     "Load tests executed (`cd load-tests && k6 run`)", "Manual QA in staging environment"]),
        ("Database", ["Migrations tested (up + down)", "Backup taken before migration", "Migration rollback plan documented"]),
        ("Dependencies", ["Dependencies updated (`cargo update`)", "Security audit passed (`cargo audit`)",
                          "License compatibility verified"]),
    ]
    static let changelogItem = "CHANGELOG.md updated with all changes"
    static let apiItem = "API documentation updated if endpoints changed"
    static let guidesItem = "User guides updated if UI/UX changed"
    static let migrationItem = "Migration guide if breaking changes"

    package let version: String?
    package let previous: String?
    /// The commit judged, as reports abbreviate it.
    package let commit: String
    package var groups: [Group]
    /// Whether no rule found an error (warnings leave it true).
    package let isPassing: Bool

    package init(_ input: PreReleaseInput, diagnostics: [Diagnostic], config: Config, commit: String) {
        version = input.version?.description
        previous = input.previous?.name
        self.commit = commit
        isPassing = !diagnostics.contains { $0.severity == .error }
        groups = Self.process.map { group in
            Group(title: group.title, items: group.items.map { Item(text: $0, state: .open, rules: [], evidence: []) })
        }
        judgeChangelog(input, diagnostics, config)
        judgeBreakingChanges(input, diagnostics, config)
        judgeCoChanges(input, diagnostics, config)
    }

    private mutating func update(_ text: String, _ change: (inout Item) -> Void) {
        for group in groups.indices {
            for item in groups[group].items.indices where groups[group].items[item].text == text { change(&groups[group].items[item]) }
        }
    }

    private static func evidence(of findings: [Diagnostic]) -> [String] {
        findings.map { finding in (finding.commit.map { "\($0) " } ?? "") + finding.message }
    }

    private mutating func judgeChangelog(_ input: PreReleaseInput, _ diagnostics: [Diagnostic], _ config: Config) {
        let rule = ChangelogCoversCommits.info
        guard config.severity(of: rule) != .off else { return }
        let findings = diagnostics.filter { $0.rule == rule.id }
        let notable = input.commits.filter { $0.kind != nil }
        let waived = notable.filter { ChangelogCoversCommits.isWaived($0.message) }.count
        update(Self.changelogItem) { item in
            item.rules = [rule.id]
            if findings.isEmpty {
                item.state = .proven
                item.evidence = ["\(notable.count) feat, fix, perf or breaking commit\(notable.count == 1 ? "" : "s") \(input.since): "
                    + "each has an entry in \(input.sectionName)" + (waived > 0 ? " or a `Changelog: skip` trailer (\(waived))" : "")]
            } else {
                item.state = .failed
                item.evidence = Self.evidence(of: findings)
            }
        }
    }

    private mutating func judgeBreakingChanges(_ input: PreReleaseInput, _ diagnostics: [Diagnostic], _ config: Config) {
        let rule = BreakingDocumented.info
        guard config.severity(of: rule) != .off else { return }
        let findings = diagnostics.filter { $0.rule == rule.id }
        let breaking = input.commits.filter(\.message.hasBreakingChange)
        update(Self.migrationItem) { item in
            item.rules = [rule.id]
            if !findings.isEmpty {
                item.state = .failed
                item.evidence = Self.evidence(of: findings)
            } else if breaking.isEmpty {
                item.state = .proven
                item.evidence = ["no breaking commit \(input.since)"]
            } else {
                item.state = .proven
                let guides = input.changedPaths.filter(config.checklist.migrationGuides.anyPatternMatches)
                let marked = input.notes?.entries.filter(\.isBreaking).count ?? 0
                var how: [String] = []
                if let version = input.version, let previous = input.previous, version.major != previous.version.major {
                    how.append("the major release \(version)")
                }
                if marked > 0 { how.append("\(marked) `**Breaking:**` entr\(marked == 1 ? "y" : "ies")") }
                if !guides.isEmpty { how.append("changes to " + guides.prefix(3).joined(separator: ", ")) }
                if how.isEmpty { how.append("the 0.x convention (a minor release)") }
                item.evidence = ["\(breaking.count) breaking commit\(breaking.count == 1 ? "" : "s") \(input.since), announced by "
                                 + how.joined(separator: " and ")]
            }
        }
    }

    /// A co-change pair proves the item it names; an item no pair names stays open.
    private mutating func judgeCoChanges(_ input: PreReleaseInput, _ diagnostics: [Diagnostic], _ config: Config) {
        let rule = CoChangeRule.info
        guard config.severity(of: rule) != .off else { return }
        for pair in config.checklist.coChanges {
            guard let name = pair.item else { continue }
            let (triggering, companions) = CoChangeRule.paths(of: pair, in: input)
            let wanted = pair.then.joined(separator: ", ")
            update(name) { item in
                item.rules = [rule.id]
                if triggering.isEmpty {
                    if item.state == .open { item.state = .proven }
                    item.evidence.append("nothing under \(pair.when.joined(separator: ", ")) changed \(input.since)")
                } else if !companions.isEmpty {
                    if item.state == .open { item.state = .proven }
                    item.evidence.append("\(triggering.count) path\(triggering.count == 1 ? "" : "s") changed \(input.since), and \(companions.prefix(3).joined(separator: ", ")) with them")
                } else {
                    item.state = .failed
                    item.evidence.append("\(triggering.first ?? "")\(triggering.count > 1 ? " and \(triggering.count - 1) more" : "") changed \(input.since), but nothing under \(wanted) did")
                }
            }
        }
        // Items the configuration names that are not the process's own join the Documentation group.
        let known = Set(groups.flatMap(\.items).map(\.text))
        for pair in config.checklist.coChanges {
            guard let name = pair.item, !known.contains(name), let documentation = groups.firstIndex(where: { $0.title == "Documentation" }),
                  !groups[documentation].items.contains(where: { $0.text == name }) else { continue }
            groups[documentation].items.append(Item(text: name, state: .open, rules: [], evidence: []))
            judgeCoChanges(input, diagnostics, Self.only(pair, config))
        }
    }

    private static func only(_ pair: CoChange, _ config: Config) -> Config {
        var single = config
        single.checklist.coChanges = [pair]
        return single
    }
}
