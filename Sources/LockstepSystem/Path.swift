/// Path arithmetic on strings, lexically (no file system access, symlinks untouched).
package enum Path {
    package static func join(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") || base.isEmpty { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// `path` made absolute against `directory` and with `.`/`..` segments folded.
    package static func absolute(_ path: String, from directory: String) -> String {
        normalized(join(directory, path))
    }

    /// `path` made absolute against `base` with `.` segments and doubled slashes removed, but `..`
    /// kept: git resolves relative GIT_* values this way, and folding `..` lexically is wrong
    /// across symbolic links.
    package static func resolved(_ path: String, against base: String) -> String {
        "/" + join(base, path).split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// `path` without its trailing slashes ("/" stays "/").
    package static func withoutTrailingSlash(_ path: String) -> String {
        var result = Substring(path)
        while result.count > 1, result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    package static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    package static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
