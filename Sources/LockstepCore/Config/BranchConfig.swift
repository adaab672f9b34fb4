/// `[branch]`: the long-lived branches of the release process and the names allowed beside them.
/// Defaults follow RELEASE_PROCESS.md: `main`, `develop`, `release/vX.Y.Z`, `hotfix/vX.Y.Z`.
package struct BranchConfig: Sendable, Equatable {
    /// Where releases are merged and hotfixes start ("Hotfix Process": branch from main).
    package var main = "main"
    /// The integration branch a hotfix must not carry unreleased work from (koprogo: `dev`).
    package var develop = "develop"
    /// Allowed prefixes for other branches (`feature/`, `fix/`…); nil allows any name.
    package var prefixes: [String]?
    /// Other whole names allowed when `prefixes` is set (`production`, `staging`).
    package var names: [String] = []

    package init() {}
}

/// `[tag]`: how release tags are judged beyond their name and manifests.
package struct TagConfig: Sendable, Equatable {
    /// What a breaking change bumps while the major version is 0: `.major` (SemVer as written:
    /// 0.3.0 → 1.0.0) or `.minor` (the 0.x convention: 0.3.0 → 0.4.0).
    package var zeroMajorBreaking: BumpKind = .major

    package init() {}
}
