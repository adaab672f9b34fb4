@testable import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// Keep a Changelog (`CHANGELOG.md`): never a crash; every line number names a line of the file
/// with that line's text and every column sits on its line; and the byte (ASCII) fast path reads
/// the same structure as the character path it stands in for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChangelog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let changelog = Changelog(bytes: input(data, size))
    let lines = changelog.lines
    func check(_ line: ChangelogLine, _ what: String) {
        require(line.number >= 1 && line.number <= lines.count && lines[line.number - 1] == line.text,
                "\(what) names line \(line.number) of \(lines.count) as \(line.text.debugDescription)")
    }
    func check(column: Int?, on number: Int, _ what: String) {
        guard let column else { return }
        require(column >= 1 && column <= lines[number - 1].unicodeScalars.count + 1, "\(what) at column \(column) of line \(number)")
    }
    // The title holds the heading's text, not its line.
    if let title = changelog.title { require(title.number >= 1 && title.number <= lines.count, "the title on line \(title.number)") }
    changelog.preamble.forEach { check($0, "the preamble") }
    for number in [changelog.firstUndecodableLine, changelog.firstReplacementLine, changelog.firstNULLine] {
        if let number { require(number >= 1 && number <= lines.count, "line \(number) of \(lines.count)") }
    }
    var previous = 0
    for section in changelog.sections {
        check(section.line, "a section")
        require(section.line.number > previous, "sections out of order")
        previous = section.line.number
        let heading = section.heading
        for column in [heading.column, heading.versionColumn, heading.remainderColumn, heading.dateColumn] {
            check(column: column, on: section.line.number, "the heading \(heading.text)")
        }
        _ = section.kind(ChangelogConfig())
        section.looseLines.forEach { check($0, "a loose line") }
        for category in section.categories {
            check(category.line, "a category")
            require(category.line.number > section.line.number, "a category above its section")
            check(column: category.nameColumn, on: category.line.number, "the category \(category.name)")
            for line in category.entries + category.emptyItems + category.strayLines + category.subheadings {
                check(line, "a line of \(category.name)")
                require(line.number > category.line.number, "an entry above its category")
            }
        }
    }
    for link in changelog.links {
        require(link.line >= 1 && link.line <= lines.count, "a link on line \(link.line)")
        check(column: link.column, on: link.line, "the link \(link.label)")
    }
    // The same lines read through the character path only.
    var parser = ChangelogParser()
    for (offset, text) in lines.enumerated() { parser.read(Substring(text), line: ChangelogLine(number: offset + 1, text: text)) }
    parser.finish()
    require(summary(parser.title, parser.sections, parser.links, parser.preamble)
                == summary(changelog.title, changelog.sections, changelog.links, changelog.preamble),
            "the ASCII and character paths disagree")
    return 0
}

/// What a changelog's structure says, as comparable values (line numbers, texts, columns).
private struct Summary: Equatable {
    var numbers: [Int] = []
    var texts: [String] = []
    var bodies: [[String]] = []
    var semvers: [Result<SemVer, SemVerError>?] = []
}

private func summary(_ title: ChangelogLine?, _ sections: [ChangelogSection], _ links: [ChangelogLink],
                     _ preamble: [ChangelogLine]) -> Summary {
    var out = Summary()
    out.numbers = [title?.number ?? 0, preamble.count] + preamble.map(\.number)
    for link in links {
        out.texts += [link.label, link.target]
        out.numbers += [link.line, link.column]
    }
    for section in sections {
        let heading = section.heading
        out.texts += [heading.text, heading.version, heading.remainder, heading.date ?? "-", heading.versionWithoutPrefix]
        out.numbers += [section.line.number, heading.column, heading.versionColumn, heading.remainderColumn, heading.dateColumn ?? 0,
                        heading.isBracketed ? 1 : 0, heading.isYanked ? 1 : 0, heading.isUnreleased ? 1 : 0,
                        heading.looksLikeVersion ? 1 : 0, heading.isCanonical ? 1 : 0, section.looseLines.count]
            + section.looseLines.map(\.number)
        out.semvers.append(heading.semver)
        out.bodies.append(section.body)
        for category in section.categories {
            out.texts.append(category.name)
            out.numbers += [category.line.number, category.nameColumn]
            for lines in [category.entries, category.emptyItems, category.strayLines, category.subheadings] {
                out.numbers += [lines.count] + lines.map(\.number)
            }
        }
    }
    return out
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_changelog_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzChangelog)
}
