import Testing
@testable import LockstepCore

/// One test runs every rule's examples: a passing example yields nothing, a failing one yields
/// diagnostics exactly at its `↓` markers. A broken example fails at its own line.
struct RuleExampleTests {
    static let failing = allRules.flatMap { rule in rule.info.failing.map { RuleExample(rule: rule, example: $0) } }
    static let passing = allRules.flatMap { rule in rule.info.passing.map { RuleExample(rule: rule, example: $0) } }

    @Test(arguments: failing)
    func failsAtMarkers(_ case: RuleExample) throws {
        let found = try `case`.rule.checkExample(`case`.example)
        let expected = `case`.rule.markers(`case`.example)
        #expect(!expected.isEmpty, "a failing example needs a ↓ marker", sourceLocation: `case`.sourceLocation)
        #expect(found.map(Marker.init) == expected,
                "\(`case`.rule.info.id): \(found.map(\.message))", sourceLocation: `case`.sourceLocation)
        #expect(found.allSatisfy { $0.rule == `case`.rule.info.id && !$0.message.isEmpty && $0.fix != nil },
                sourceLocation: `case`.sourceLocation)
    }

    @Test(arguments: passing)
    func passes(_ case: RuleExample) throws {
        #expect(`case`.example.markers.isEmpty, sourceLocation: `case`.sourceLocation)
        let found = try `case`.rule.checkExample(`case`.example)
        #expect(found.isEmpty, "\(`case`.rule.info.id): \(found.map(\.message))", sourceLocation: `case`.sourceLocation)
    }

    @Test func idsAreUniqueKebabCaseInAKnownArea() {
        let ids = allRules.map(\.info.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted(), "allRules is sorted by id")
        let areas: Set<Substring> = ["commit", "version", "changelog", "branch", "tag", "migration", "release", "config", "repo"]
        for id in ids {
            let parts = id.split(separator: "/")
            #expect(parts.count == 2 && areas.contains(parts[0]), "\(id)")
            #expect(parts.last?.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } == true, "\(id)")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in allRules {
            #expect(!rule.info.passing.isEmpty && !rule.info.failing.isEmpty, "\(rule.info.id)")
            #expect(!rule.info.rationale.isEmpty && !rule.info.summary.isEmpty, "\(rule.info.id)")
        }
    }

    @Test func everyConfigKeyARuleNamesExists() {
        let keys = Set(ConfigSchema.reference.map(\.path))
        for rule in allRules {
            for key in rule.info.configKeys { #expect(keys.contains(key), "\(rule.info.id) names unknown key \(key)") }
        }
    }
}

struct RuleExample: Sendable, CustomTestStringConvertible {
    let rule: AnyRule
    let example: Example

    var sourceLocation: SourceLocation {
        SourceLocation(fileID: "LockstepCore/\(example.file.split(separator: "/").last ?? "")",
                       filePath: example.file, line: example.line, column: 1)
    }

    var testDescription: String { "\(rule.info.id) \(example.cleanText.debugDescription)" }
}
