/// `[commit]`: how commit messages are judged. Defaults are DESIGN.md's commit-message defaults.
package struct CommitConfig: Sendable, Equatable {
    package static let defaultTypes = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor",
                                       "revert", "style", "test"]
    package var types = CommitConfig.defaultTypes
    /// Allowed scopes; nil accepts any well-formed scope.
    package var scopes: [String]?
    package var headerMaxLength = 100
    package var requireScope = false
    package var requireSignoff = false

    package init() {}
}
