/// The version `release prepare` is asked for: `1.3.0`, `1.3.0-rc.1`, a bump (`major`, `minor`,
/// `patch`) of the previous final release, or `auto` (what `next-version` says), with `--pre rc`
/// making the next `-rc.N` of it.
package enum ReleaseTarget {
    /// - Parameters:
    ///   - base: what a bump applies to: the previous final release, else the current version.
    ///   - next: what the commits call for (`auto`), nil when nothing does.
    ///   - tags: every release tag's version, to number a pre-release after those that exist.
    package static func resolve(_ argument: String, pre: String?, base: SemVer, next: SemVer?, tags: [SemVer],
                                tagPrefix: String) throws(ReleaseRefusal) -> SemVer {
        var version: SemVer
        if let bump = BumpKind(name: argument) {
            version = bump.applied(to: base)
        } else if argument == "auto" {
            guard let next else {
                throw ReleaseRefusal(Diagnostic(VersionEdits.rule, "no commit since the previous release calls for one (no feat, fix, perf or breaking change)",
                                           fix: "name the release yourself: `lockstep release prepare patch`"))
            }
            version = next
        } else {
            let text = argument.hasPrefix(tagPrefix) && !tagPrefix.isEmpty ? String(argument.dropFirst(tagPrefix.count)) : argument
            switch SemVer.parse(text) {
            case .success(let parsed): version = parsed
            case .failure(let error):
                throw ReleaseRefusal(Diagnostic(VersionEdits.rule, "`\(argument)` is no version: \(error.reason)",
                                           fix: "give X.Y.Z (`lockstep release prepare 1.3.0`), major, minor, patch or auto"))
            }
        }
        guard let pre else { return version }
        guard !pre.isEmpty, pre.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ReleaseRefusal(Diagnostic(VersionEdits.rule, "`--pre \(pre)` is no pre-release name",
                                       fix: "use letters, digits and `-`: `--pre rc`"))
        }
        guard !version.isPrerelease else { return version }
        // The next number after the pre-releases of this version that exist: rc.1, rc.2…
        let core = SemVer(major: version.major, minor: version.minor, patch: version.patch)
        let taken = tags.compactMap { tag -> Int? in
            guard tag.major == core.major, tag.minor == core.minor, tag.patch == core.patch, tag.prerelease.count == 2,
                  tag.prerelease[0] == pre else { return nil }
            return Int(tag.prerelease[1])
        }
        version.prerelease = [pre, String((taken.max() ?? 0) + 1)]
        return version
    }
}

/// Why a release cannot be prepared, as the diagnostic to print.
package struct ReleaseRefusal: Error, Sendable {
    package let diagnostic: Diagnostic

    package init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
