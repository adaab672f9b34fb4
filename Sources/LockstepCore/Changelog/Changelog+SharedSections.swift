extension Changelog {
    /// The lines the parser read for section `index`: from its heading up to the next section's
    /// heading or the end of the file, blank lines and link definitions included.
    func lines(ofSection index: Int) -> ArraySlice<String> {
        let start = sections[index].line.number - 1
        let end = index + 1 < sections.count ? sections[index + 1].line.number - 1 : lines.count
        return lines[start..<end]
    }

    /// `mine` and `theirs`, each without the `## ` sections the other holds line for line (as
    /// many times as it holds them); nil when what every section is judged with differs: the
    /// title, the preamble or the Keep a Changelog version it names.
    ///
    /// A section starts the parser afresh (no fence, comment or list item reaches past a heading
    /// it recognised), so a rule that judges each section on its own
    /// (`ChangelogRule.judgesSectionsAlone`) finds in a shared section what it finds in the other
    /// copy: the hook, which reports only what a change adds, need judge neither copy of it.
    static func withoutSharedSections(_ mine: Changelog, _ theirs: Changelog) -> (mine: Changelog, theirs: Changelog)? {
        guard mine.title?.text == theirs.title?.text, mine.preamble.map(\.text) == theirs.preamble.map(\.text),
              mine.keepAChangelogVersion == theirs.keepAChangelogVersion else { return nil }
        // Candidates by heading line, then compared line by line: hashing every line of both
        // files would cost more than the rules it saves.
        var byHeading: [String: [Int]] = [:]
        for index in theirs.sections.indices { byHeading[theirs.sections[index].line.text, default: []].append(index) }
        var sharedMine = Set<Int>(), sharedTheirs = Set<Int>()
        for index in mine.sections.indices {
            let text = mine.lines(ofSection: index)
            guard let candidates = byHeading[mine.sections[index].line.text],
                  let match = candidates.first(where: { !sharedTheirs.contains($0) && theirs.lines(ofSection: $0) == text }) else { continue }
            sharedMine.insert(index)
            sharedTheirs.insert(match)
        }
        var keptMine = mine, keptTheirs = theirs
        keptMine.sections = mine.sections.indices.filter { !sharedMine.contains($0) }.map { mine.sections[$0] }
        keptTheirs.sections = theirs.sections.indices.filter { !sharedTheirs.contains($0) }.map { theirs.sections[$0] }
        return (keptMine, keptTheirs)
    }
}
