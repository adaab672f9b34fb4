/// How much a release moves the version (SemVer 2.0.0 §6–8), in increasing order.
package enum BumpKind: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case patch, minor, major

    package static func < (lhs: BumpKind, rhs: BumpKind) -> Bool { lhs.rawValue < rhs.rawValue }

    package var description: String {
        switch self {
        case .patch: return "patch"
        case .minor: return "minor"
        case .major: return "major"
        }
    }

    package init?(name: String) {
        guard let kind = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = kind
    }

    /// What one commit calls for (RELEASE_PROCESS.md "Release Types"): a breaking change a major,
    /// `feat` a minor, `fix` and `perf` a patch; anything else (chore, docs, git's own merge and
    /// revert messages, a header that does not parse) no release at all.
    package init?(commit message: CommitMessage) {
        // `feat: ` with nothing after it (kept by `--cleanup=verbatim`) describes no change.
        guard !message.isGitGenerated, let header = message.conventionalHeader, !header.description.isGitBlank else { return nil }
        if message.hasBreakingChange {
            self = .major
            return
        }
        switch header.type.lowercased() {
        case "feat": self = .minor
        case "fix", "perf": self = .patch
        default: return nil
        }
    }

    /// The part of `version` this bump changes (the 0.x convention is applied by the caller).
    package func applied(to version: SemVer) -> SemVer {
        let core = SemVer(major: version.major, minor: version.minor, patch: version.patch)
        switch self {
        case .major: return SemVer(major: Self.increment(core.major), minor: "0", patch: "0")
        case .minor: return SemVer(major: core.major, minor: Self.increment(core.minor), patch: "0")
        case .patch: return SemVer(major: core.major, minor: core.minor, patch: Self.increment(core.patch))
        }
    }

    /// The kind of step from `old` to `new` (cores only): the first number that changed.
    package static func between(_ old: SemVer, _ new: SemVer) -> BumpKind? {
        if old.major != new.major { return .major }
        if old.minor != new.minor { return .minor }
        if old.patch != new.patch { return .patch }
        return nil
    }

    /// The kind a release version itself stands for: 2.0.0 a major, 1.3.0 a minor, 1.2.1 a patch.
    package static func represented(by version: SemVer) -> BumpKind {
        if version.patch != "0" { return .patch }
        if version.minor != "0" { return .minor }
        return .major
    }

    /// A decimal digit string plus one, of any length (SemVer numbers have no size limit).
    static func increment(_ digits: String) -> String {
        var bytes = Array(digits.utf8)
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "9") {
                bytes[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                bytes[index] += 1
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return "1" + String(decoding: bytes, as: UTF8.self)
    }
}
