/// What a branch name says about its role in the release process.
package enum BranchRole: Sendable, Equatable {
    case main, develop
    /// `release/<rest>`, `hotfix/<rest>`: `rest` should be the tag prefix and a version.
    case release(String), hotfix(String)
    case other

    package init(_ name: String, config: Config) {
        if name == config.branch.main {
            self = .main
        } else if name == config.branch.develop {
            self = .develop
        } else if name.hasPrefix("release/") {
            self = .release(String(name.dropFirst(8)))
        } else if name.hasPrefix("hotfix/") {
            self = .hotfix(String(name.dropFirst(7)))
        } else {
            self = .other
        }
    }

    /// The part after `release/` or `hotfix/`.
    package var versionPart: String? {
        switch self {
        case .release(let rest), .hotfix(let rest): return rest
        default: return nil
        }
    }

    /// The version a release or hotfix branch names, when it names one correctly.
    package func version(prefix: String) -> SemVer? {
        guard let rest = versionPart, rest.hasPrefix(prefix),
              case .success(let version) = SemVer.parse(String(rest.dropFirst(prefix.count))) else { return nil }
        return version
    }

    package var isHotfix: Bool {
        if case .hotfix = self { return true }
        return false
    }
}
