/// A path pattern of the configuration: `docs/api/` is everything under that folder, `*` matches
/// within one path segment and `**` across segments; anything else is one exact path.
struct PathPattern: Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func matches(_ path: String) -> Bool {
        if text.hasSuffix("/") { return path.hasPrefix(text) }
        guard text.contains("*") else { return path == text }
        return Self.glob(Array(text.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    private static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "*" {
            let crossesSegments = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(crossesSegments ? 2 : 1)
            // `**/` also matches no folder at all: `pages/**/*.svelte` holds `pages/A.svelte`.
            if crossesSegments, rest.first == "/", glob(rest.dropFirst(), path) { return true }
            var candidate = path
            while true {
                if glob(rest, candidate) { return true }
                guard let next = candidate.first, crossesSegments || next != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard path.first == first else { return false }
        return glob(pattern.dropFirst(), path.dropFirst())
    }
}

extension Array where Element == String {
    /// Whether any pattern in the list matches `path`.
    func anyPatternMatches(_ path: String) -> Bool { contains { PathPattern($0).matches(path) } }
}
