/// A change reverted before its release ships nothing: `git revert` of a `feat` since the previous
/// release tag cancels it, and the revert with it (as conventional-changelog tools count them).
extension ReleaseCommit {
    /// The commit `git revert` says this one reverts: `This reverts commit <id>.` in the body
    /// (7 to 40 hex digits, as git writes it or as an author shortened it).
    package var revertedID: String? {
        for line in message.lines.dropFirst() {
            let text = line.text.drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix("This reverts commit ") else { continue }
            let id = text.dropFirst("This reverts commit ".count).prefix { $0.isHexDigit }
            if (7...40).contains(id.count) { return id.lowercased() }
        }
        return nil
    }

    /// `commits` (newest first) without the commits reverted among them and their reverts; a
    /// revert of such a revert puts the reverted commit back.
    package static func withoutReverted(_ commits: [ReleaseCommit]) -> [ReleaseCommit] {
        guard commits.contains(where: { $0.revertedID != nil }) else { return commits }
        var active = Set<Int>()
        /// A revert that cancelled a commit, by index, and the commit it cancelled.
        var cancelled: [Int: Int] = [:]
        func index(of id: String, among indices: some Sequence<Int>) -> Int? {
            indices.first { commits[$0].id.lowercased().hasPrefix(id) }
        }
        for position in commits.indices.reversed() {
            guard let id = commits[position].revertedID else {
                active.insert(position)
                continue
            }
            if let target = index(of: id, among: active) {
                active.remove(target)
                cancelled[position] = target
            } else if let revert = index(of: id, among: cancelled.keys), let target = cancelled[revert] {
                active.insert(target)
                cancelled[revert] = nil
            } else {
                active.insert(position)
            }
        }
        return commits.indices.filter(active.contains).map { commits[$0] }
    }
}
