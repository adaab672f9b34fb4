import Testing
@testable import LockstepCore

/// Every fix that is a rewrite (a header, a scope, a branch or tag name, a line) is applied to the
/// failing example it was given for, and the result must pass that rule and the other rules of its
/// area that passed before: a suggestion never quotes the mistake back or trades it for another (issue 10 item 9).
struct RuleFixTests {
    static let failing = RuleExampleTests.failing

    @Test(arguments: failing)
    func appliedFixesPass(_ case: RuleExample) throws {
        let rule = `case`.rule
        for diagnostic in try rule.checkExample(`case`.example) {
            guard let replacement = diagnostic.replacement else { continue }
            #expect(diagnostic.fix?.contains(replacement) == true, "the fix quotes the replacement `\(replacement)`: \(diagnostic.fix ?? "")",
                    sourceLocation: `case`.sourceLocation)
            let fixed = try #require(rule.applyingFix(`case`.example, diagnostic), "\(rule.info.id) cannot place `\(replacement)`",
                                     sourceLocation: `case`.sourceLocation)
            let example = Example(fixed, config: `case`.example.config)
            // The rule finds nothing more where the fix went, and its other findings in the example
            // (each fixed on its own) stay as they were; the area's other rules find nothing they
            // did not find before.
            let place = Place(diagnostic)
            let before = try rule.checkExample(`case`.example).filter { Place($0) != place }.map(\.message)
            let after = try rule.checkExample(example)
            #expect(!after.contains { Place($0) == place } && after.map(\.message).sorted() == before.sorted(),
                    "\(rule.info.id)'s fix gives \(fixed.debugDescription), where it finds \(after.map(\.message))",
                    sourceLocation: `case`.sourceLocation)
            for other in allRules where other.info.area == rule.info.area && other.info.id != rule.info.id {
                if !(try other.checkExample(`case`.example)).isEmpty { continue }
                let found = try other.checkExample(example)
                #expect(found.isEmpty, "\(rule.info.id)'s fix gives \(fixed.debugDescription), which \(other.info.id) refuses: \(found.map(\.message))",
                        sourceLocation: `case`.sourceLocation)
            }
        }
    }

    /// A command in a fix (a backquoted `git …`, `lockstep …`, `sqlx …`) is pasted as it is: a
    /// placeholder such as `<name>` would be read by the shell as a redirection.
    @Test(arguments: failing)
    func commandsInFixesHoldNoPlaceholder(_ case: RuleExample) throws {
        for diagnostic in try `case`.rule.checkExample(`case`.example) {
            let parts = (diagnostic.fix ?? "").split(separator: "`", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() where index % 2 == 1 {
                guard ["git ", "lockstep ", "sqlx ", "cargo ", "npm "].contains(where: part.hasPrefix) else { continue }
                #expect(!part.contains("<") && !part.contains(">"), "\(`case`.rule.info.id): `\(part)` holds a placeholder",
                        sourceLocation: `case`.sourceLocation)
            }
        }
    }

    /// What a replacement rewrites: a line of a file, of a commit's message, or the name.
    private struct Place: Equatable {
        let file: String?, commit: String?, line: Int?
        init(_ diagnostic: Diagnostic) { (file, commit, line) = (diagnostic.file, diagnostic.commit, diagnostic.line) }
    }

    @Test func mostRewritingRulesAreCovered() throws {
        // The rules whose fixes are rewrites: if one stops giving a replacement, this says so.
        var covered = Set<String>()
        for `case` in Self.failing {
            if try `case`.rule.checkExample(`case`.example).contains(where: { $0.replacement != nil }) { covered.insert(`case`.rule.info.id) }
        }
        for id in ["commit/header-format", "commit/header-whitespace", "commit/scope-format", "commit/type-case", "commit/type-enum",
                   "tag/name-semver", "tag/bump-kind", "branch/name-prefix", "branch/name-version", "branch/hotfix-fixes-only",
                   "branch/hotfix-version", "changelog/category", "changelog/entry-format", "changelog/heading-format",
                   "changelog/link-target", "changelog/title"] {
            #expect(covered.contains(id), "\(id) gives no replacement")
        }
    }
}
