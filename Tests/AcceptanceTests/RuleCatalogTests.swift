import Foundation
import Testing

/// `lockstep rules` and `lockstep explain`: the catalog printed from the rules themselves.
@Suite struct RuleCatalogTests {
    /// The commit rules the contract names (later areas add more).
    static let ruleIDs = [
        "commit/body-leading-blank", "commit/breaking-change-format", "commit/description-empty",
        "commit/empty-message", "commit/encoding", "commit/footer-format", "commit/header-format",
        "commit/header-max-length", "commit/header-whitespace", "commit/scope-enum", "commit/scope-format",
        "commit/scope-required", "commit/signed-off-by", "commit/type-case", "commit/type-enum",
    ]

    private func json(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try #require(try? JSONSerialization.jsonObject(with: result.stdoutData),
                     "stdout is not JSON\n\(result)", sourceLocation: sourceLocation)
    }

    /// The ids `lockstep rules --format json` reports.
    private func catalogIDs(_ repo: TemporaryRepository, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let result = try repo.lockstep("rules", "--format", "json")
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        let rules = try #require(try json(result) as? [[String: Any]], "\(result)", sourceLocation: sourceLocation)
        for rule in rules {
            #expect(rule["severity"] is String && rule["summary"] is String && rule["rationale"] is String,
                    "\(rule)", sourceLocation: sourceLocation)
        }
        return rules.compactMap { $0["id"] as? String }
    }

    @Test func rulesAsJSONHasEveryRule() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let ids = try catalogIDs(repo)
        #expect(Set(Self.ruleIDs).isSubset(of: Set(ids)), "missing: \(Set(Self.ruleIDs).subtracting(ids).sorted())")
        #expect(Set(ids).count == ids.count, "ids are unique: \(ids)")
        let pattern = #"^(commit|version|changelog|branch|tag|migration|release|config|repo)/[a-z0-9]+(-[a-z0-9]+)*$"#
        for id in ids {
            #expect(id.range(of: pattern, options: .regularExpression) != nil, "`\(id)` is `area/kebab-name`")
        }
    }

    @Test func rulesListsEveryRule() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let ids = try catalogIDs(repo)
        let result = try repo.lockstep("rules")
        #expect(result.status == 0, "\(result)")
        for id in Set(ids).union(Self.ruleIDs).sorted() {
            #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix(id + " ") },
                    "`lockstep rules` has no line for \(id)\n\(result)")
        }
    }

    @Test func explainShowsRationaleAndExamples() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let rules = try #require(try json(try repo.lockstep("rules", "--format", "json")) as? [[String: Any]])
        let typeEnum = try #require(rules.first { $0["id"] as? String == "commit/type-enum" })
        let rationale = try #require(typeEnum["rationale"] as? String)
        let failing = try #require((typeEnum["failing"] as? [String])?.first)
        let passing = try #require((typeEnum["passing"] as? [String])?.first)

        let result = try repo.lockstep("explain", "commit/type-enum")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("commit/type-enum"))
        #expect(result.stdout.contains(rationale), "the rationale is shown\n\(result)")
        #expect(result.stdout.contains(passing), "a passing example is shown\n\(result)")
        #expect(result.stdout.contains(failing), "a failing example is shown\n\(result)")
        #expect(result.stdout.contains("commit.types"), "the config key is named\n\(result)")
    }

    @Test func explainUnknownRule() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let unknown = try repo.lockstep("explain", "nope")
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.output.contains("nope"), "\(unknown)")
        let misspelt = try repo.lockstep("explain", "commit/type-enun")
        #expect(misspelt.status == 2, "\(misspelt)")
        #expect(misspelt.output.contains("commit/type-enum"), "the closest id is suggested\n\(misspelt)")
    }

    @Test func idsThatAreNotRulesAreListedApartAndExplained() throws {
        let repo = try TemporaryRepository.preparable()
        let listing = try repo.lockstep("rules")
        let parts = listing.stdout.components(separatedBy: "\nNot rules:")
        #expect(listing.status == 0 && parts.count == 2, "\(listing)")
        for id in ["release/prepare", "repo/shallow", "repo/bad-revision", "config/invalid", "migration/applies"] {
            #expect(parts.last?.split(separator: "\n").contains { $0.hasPrefix(id + " ") } == true, "\(id)\n\(listing)")
        }
        // The id a refusal prints is one `explain` knows.
        try repo.write("README.md", "# KoproGo (edited)\n")
        let refused = try repo.lockstep("release", "prepare", "1.3.0")
        #expect(refused.status == 1 && refused.stderr.contains("error[release/prepare]"), "\(refused)")
        let explained = try repo.lockstep("explain", "release/prepare")
        #expect(explained.status == 0 && explained.stdout.contains("not a rule") && explained.stdout.contains("writes nothing"), "\(explained)")
        let area = try repo.lockstep("explain", "repo")
        #expect(area.status == 0 && area.stdout.contains("repo/shallow"), "\(area)")
        let misspelt = try repo.lockstep("explain", "release/prepar")
        #expect(misspelt.status == 2 && misspelt.output.contains("release/prepare"), "\(misspelt)")
    }
}
