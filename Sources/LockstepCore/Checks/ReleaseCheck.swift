/// Runs the tree rules (version, changelog, migration) on one release input: the function behind
/// the pre-commit hook, `check tree`, `check versions` and `check changelog`.
package enum ReleaseCheck {
    /// Which rules: all of them, or one area.
    package enum Scope: Sendable {
        case all, versions, changelog

        func includes(_ id: String) -> Bool {
            switch self {
            case .all: return true
            case .versions: return id.hasPrefix("version/")
            case .changelog: return id.hasPrefix("changelog/")
            }
        }
    }

    package static func run(_ input: ReleaseInput, config: Config, scope: Scope = .all,
                            skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        let judgesMigrations = !input.migrationsUnchanged
        return RuleSet(releaseRules, config: config, skipping: skip, including: { id in
            scope.includes(id) && (judgesMigrations || !id.hasPrefix("migration/"))
        }).run(input, config: config)
    }

    /// Whether the release tags matter to this run (they cost a walk of history to find): only
    /// `version/no-decrease` reads them, and in a hook only when the version changed, since an
    /// unchanged version compares with the same tag on both sides.
    package static func comparesWithReleaseTags(_ input: ReleaseInput, config: Config, scope: Scope,
                                                skipping skip: SkipList) -> Bool {
        let rule = NoDecrease.info
        guard scope.includes(rule.id), config.severity(of: rule) != .off, !skip.contains(rule.id) else { return false }
        return input.judgesEverything || input.current.source?.text != input.previous?.source?.text
    }

    /// The files and folders the rules of `scope` read from a tree (`check changelog` reads no
    /// manifest and lists no migration).
    package static func watchedPaths(_ config: Config, scope: Scope) -> (files: [String], folders: [String]) {
        switch scope {
        case .changelog: return ([config.changelog.path], [])
        case .versions: return (ReleaseState.watchedPaths(config), [])
        case .all: return (ReleaseState.watchedPaths(config), [config.migration.path])
        }
    }

    /// The baseline's files `introduced` reads to tell old findings from new ones: besides the
    /// source (which the input's own comparison reads), the changelog for changelog findings, and
    /// every watched file for the others. A caller may load only these.
    package static func baselinePaths(for found: [Diagnostic], config: Config) -> [String] {
        if found.contains(where: { !isChangelogRule($0.rule) && !$0.rule.hasPrefix("migration/") }) {
            return ReleaseState.watchedPaths(config)
        }
        let changelog = found.contains { isChangelogRule($0.rule) } ? [config.changelog.path] : []
        return ReleaseState.sourcePaths(config) + changelog
    }

    /// A changelog rule reads the changelog and nothing else (`ChangelogRule`, `changelog/readable`).
    private static func isChangelogRule(_ id: String) -> Bool { id.hasPrefix("changelog/") }

    /// What the change introduces: the findings on `input` that the baseline tree does not have
    /// already. A repository whose history breaks a rule can adopt Lockstep on day one: the hook
    /// judges what a commit adds or edits, `--all` judges everything.
    package static func introduced(_ input: ReleaseInput, config: Config, scope: Scope = .all,
                                   skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        let found = run(input, config: config, scope: scope, skipping: skip)
        guard let baseline = input.baseline else { return found }
        return introduced(found, in: input, comparedWith: baseline, config: config, skipping: skip)
    }

    /// `found`, the findings on `input`'s tree, less those `baseline` has already. `baseline` needs
    /// to hold only `baselinePaths(for: found)`. Only the rules that found something run on the
    /// baseline; the changelog rules not even that when the changelog is unchanged (same bytes,
    /// same findings).
    package static func introduced(_ found: [Diagnostic], in input: ReleaseInput, comparedWith baseline: TreeSnapshot,
                                   config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        guard !found.isEmpty else { return found }
        // Counted, not a set: a second copy of an old problem is a new problem. The copies kept
        // as old are the last ones: new text usually goes on top (Unreleased, the newest release).
        var existing: [FindingKey: Int] = [:]
        var rules = Set(found.map(\.rule))
        if baseline[config.changelog.path] == input.tree[config.changelog.path] {
            for finding in found where isChangelogRule(finding.rule) { existing[FindingKey(finding), default: 0] += 1 }
            rules = rules.filter { !isChangelogRule($0) }
        }
        if !rules.isEmpty {
            // The baseline's changelog parsed with the input is the one compared with, unless the
            // caller compares with another.
            let parsed = input.baselineChangelog.flatMap { baseline[config.changelog.path] == input.baseline?[config.changelog.path] ? $0 : nil }
            var before = ReleaseInput(tree: baseline, baseline: nil, tags: input.tags, config: config,
                                      readingManifests: rules.contains { !isChangelogRule($0) && !$0.hasPrefix("migration/") },
                                      readingChangelog: parsed == nil && !rules.allSatisfy { $0.hasPrefix("migration/") })
            if let parsed {
                before.current.changelog = parsed.whole
                before.changelogSectionsToJudge = parsed.sectionsToJudge
            }
            let ruleSet = RuleSet(releaseRules, config: config, skipping: skip, including: rules.contains)
            for finding in ruleSet.run(before, config: config) { existing[FindingKey(finding), default: 0] += 1 }
        }
        var introduced: [Diagnostic] = []
        for finding in found.reversed() {
            let key = FindingKey(finding)
            if let count = existing[key], count > 0 {
                existing[key] = count - 1
            } else {
                introduced.append(finding)
            }
        }
        return introduced.reversed()
    }

    /// A finding without its position: a line that moved is the same finding. (So the messages of
    /// findings on lines that move between sections, such as categories, do not name the section:
    /// on release day the Unreleased categories move, unchanged, into the new release.)
    private struct FindingKey: Hashable {
        let rule: String, file: String?, message: String, excerpt: String?

        init(_ diagnostic: Diagnostic) {
            rule = diagnostic.rule
            file = diagnostic.file
            message = diagnostic.message
            excerpt = diagnostic.excerpt
        }
    }
}
