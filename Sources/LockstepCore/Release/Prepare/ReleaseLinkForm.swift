/// How a forge spells the Keep a Changelog links of a repository: the compare page between two
/// tags and the page of one tag. One piece of code reads and writes them, for `release prepare`
/// and for `changelog/link-target`.
package struct ReleaseLinkForm: Sendable, Equatable {
    package enum Forge: Sendable, Equatable {
        /// `…/compare/A...B`, `…/releases/tag/T`: GitHub, and Gitea or Forgejo (same compare path).
        case github
        /// `…/-/compare/A...B`, `…/-/tags/T`.
        case gitlab
        /// `…/branches/compare/B%0DA` (newer first), `…/src/T`.
        case bitbucket
    }

    package var forge: Forge
    /// The repository's web address, without a trailing slash: `https://github.com/gilmry/koprogo`.
    package var base: String

    package init(forge: Forge, base: String) {
        self.forge = forge
        self.base = base
    }

    /// What one link target says.
    package enum Target: Sendable, Equatable {
        case compare(from: String, to: String)
        case tag(String)
    }

    package func compare(from: String, to: String) -> String {
        switch forge {
        case .github: return "\(base)/compare/\(from)...\(to)"
        case .gitlab: return "\(base)/-/compare/\(from)...\(to)"
        case .bitbucket: return "\(base)/branches/compare/\(to)%0D\(from)"
        }
    }

    package func tagPage(_ tag: String) -> String {
        switch forge {
        case .github: return "\(base)/releases/tag/\(tag)"
        case .gitlab: return "\(base)/-/tags/\(tag)"
        case .bitbucket: return "\(base)/src/\(tag)"
        }
    }

    package func url(_ target: Target) -> String {
        switch target {
        case .compare(let from, let to): return compare(from: from, to: to)
        case .tag(let tag): return tagPage(tag)
        }
    }

    /// Reads a link target in any of the forms above; nil for other URLs (a docs page, an issue).
    package static func parse(_ url: String) -> (form: ReleaseLinkForm, target: Target)? {
        var url = url.hasPrefix("<") && url.hasSuffix(">") ? String(url.dropFirst().dropLast()) : url
        // A query, a fragment or a final slash (`…v1.3.0#files`, `…v1.3.0/`) opens the same page.
        if let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = String(url[..<end]) }
        if url.hasSuffix("/") { url.removeLast() }
        if let (base, rest) = split(url, at: "/branches/compare/") {
            let parts = rest.split(separator: "%0D", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return (ReleaseLinkForm(forge: .bitbucket, base: base), .compare(from: parts[1], to: parts[0]))
        }
        for (marker, forge) in [("/-/compare/", Forge.gitlab), ("/compare/", .github)] {
            guard let (base, rest) = split(url, at: marker) else { continue }
            let parts = rest.split(separator: "...", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return (ReleaseLinkForm(forge: forge, base: base), .compare(from: parts[0], to: parts[1]))
        }
        let tagPages: [(String, Forge)] = [("/-/tags/", .gitlab), ("/-/releases/", .gitlab), ("/releases/tag/", .github),
                                           ("/src/tag/", .github), ("/tree/", .github), ("/commits/tag/", .bitbucket)]
        for (marker, forge) in tagPages {
            guard let (base, tag) = split(url, at: marker), !tag.isEmpty, !tag.contains("/") else { continue }
            return (ReleaseLinkForm(forge: forge, base: base), .tag(tag))
        }
        if url.contains("bitbucket.org/"), let (base, tag) = split(url, at: "/src/"), !tag.isEmpty, !tag.contains("/") {
            return (ReleaseLinkForm(forge: .bitbucket, base: base), .tag(tag))
        }
        return nil
    }

    /// The form for a remote's URL (`git@github.com:o/r.git`, `ssh://git@host:22/o/r`,
    /// `https://user@gitlab.com/o/r.git`); nil for a path or a `file://` remote.
    package static func forRemote(_ remote: String) -> ReleaseLinkForm? {
        var rest = Substring(remote)
        var host: Substring
        if let scheme = rest.range(of: "://") {
            guard ["https", "http", "ssh", "git"].contains(rest[..<scheme.lowerBound].lowercased()) else { return nil }
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            host = rest[..<slash]
            rest = rest[rest.index(after: slash)...]
            if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
            if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        } else if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") {
            host = rest[..<colon]
            rest = rest[rest.index(after: colon)...]
            if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        } else {
            return nil
        }
        var path = rest.hasSuffix(".git") ? rest.dropLast(4) : rest
        while path.hasSuffix("/") { path = path.dropLast() }
        while path.hasPrefix("/") { path = path.dropFirst() }
        guard !host.isEmpty, !path.isEmpty else { return nil }
        let name = host.lowercased()
        let forge: Forge = name.contains("gitlab") ? .gitlab : name.contains("bitbucket") ? .bitbucket : .github
        return ReleaseLinkForm(forge: forge, base: "https://\(name)/\(path)")
    }

    /// `url` split around the last `marker` (compared as bytes: a changelog has hundreds of links).
    private static func split(_ url: String, at marker: String) -> (String, String)? {
        let bytes = Array(url.utf8), needle = Array(marker.utf8)
        guard bytes.count > needle.count, let first = needle.first else { return nil }
        var start = bytes.count - needle.count
        while start > 0 {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return (String(decoding: bytes[..<start], as: UTF8.self), String(decoding: bytes[(start + needle.count)...], as: UTF8.self))
            }
            start -= 1
        }
        return nil
    }
}
