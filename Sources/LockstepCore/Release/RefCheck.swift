/// The branch rules on one branch: the function behind `check branch`, pre-push, pre-receive and CI.
package enum BranchCheck {
    package static func run(_ input: BranchInput, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        RuleSet(branchRules, config: config, skipping: skip).run(input, config: config).map { found in
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
        var found = RuleSet(tagRules, config: config, skipping: skip).run(input, config: config)
        if input.release(prefix: config.version.tagPrefix) != nil, let tree = input.tree {
            found += RuleSet(taggedTreeRules, config: config, skipping: skip).run(tree, config: config)
        }
        return found.map { finding in
            var diagnostic = finding
            if diagnostic.ref == nil { diagnostic.ref = input.ref }
            // A finding in a file of the tagged commit says which commit: `backend/Cargo.toml:3:11 in commit abc1234`.
            if diagnostic.file != nil, diagnostic.commit == nil {
                diagnostic.commit = input.object?.commit
                diagnostic.commitID = input.object?.commitID
            }
            return diagnostic
        }
    }
}
