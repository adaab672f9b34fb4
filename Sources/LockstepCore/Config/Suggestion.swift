/// "Did you mean …?" for misspelt keys, rule ids and commit types.
package enum Suggestion {
    /// The candidate with the smallest edit distance to `word`, when it is close enough to help.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let prefixMatch = candidates.first { !$0.isEmpty && lowered.hasPrefix($0.lowercased()) }
        if best.1 <= max(2, word.count / 3) { return best.0 }
        return prefixMatch
    }

    /// Levenshtein distance in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
