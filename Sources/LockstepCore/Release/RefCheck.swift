/// Runs rules with the severities of the configuration, minus the skipped ones.
func runRules<Input>(_ rules: [any Rule<Input>], on input: Input, config: Config, skipping skip: SkipList) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for rule in rules {
        let info = type(of: rule).info
        let severity = config.severity(of: info)
        guard severity != .off, !skip.contains(info.id) else { continue }
        for var diagnostic in rule.check(input, config: config) {
            diagnostic.severity = severity
            found.append(diagnostic)
        }
    }
    return found
}

/// The branch rules on one branch: the function behind `check branch`, pre-push, pre-receive and CI.
package enum BranchCheck {
    package static func run(_ input: BranchInput, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        runRules(branchRules, on: input, config: config, skipping: skip).map { found in
            var diagnostic = found
            if diagnostic.ref == nil { diagnostic.ref = input.ref }
            return diagnostic
        }
    }
}

/// The tag rules on one tag, and the version rules on the tree of the commit it tags: the function
/// behind `check tag`, the reference-transaction gate, pre-push, pre-receive and CI.
package enum TagCheck {
    package static func run(_ input: TagInput, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        var found = runRules(tagRules, on: input, config: config, skipping: skip)
        if input.release(prefix: config.version.tagPrefix) != nil, let tree = input.tree {
            found += runRules(taggedTreeRules, on: tree, config: config, skipping: skip)
        }
        return found.map { finding in
            var diagnostic = finding
            if diagnostic.ref == nil { diagnostic.ref = input.ref }
            // A finding in a file of the tagged commit says which commit: `backend/Cargo.toml:3:11 in commit abc1234`.
            if diagnostic.file != nil, diagnostic.commit == nil { diagnostic.commit = input.object?.commit }
            return diagnostic
        }
    }
}
