import Foundation
import Testing

/// Checks shared by the scenarios: how a commit-msg rejection must read.
extension RunResult {
    /// The hook refused the commit: non-zero status, the rule, `--> location`, the excerpt with a
    /// caret under the reported column, the fix, and the recovery command. No colour codes.
    func expectRejection(rule: String, at location: String, excerpt: String? = nil, fix: String? = nil,
                         messageFile: String = ".git/COMMIT_EDITMSG",
                         sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status != 0, "the commit should have been refused\n\(self)", sourceLocation: sourceLocation)
        #expect(stderr.contains("error[\(rule)]"), "no `error[\(rule)]` in\n\(self)", sourceLocation: sourceLocation)
        #expect(stderr.contains("--> \(location)"), "no `--> \(location)` in\n\(self)", sourceLocation: sourceLocation)
        if let excerpt {
            let column = Int(location.split(separator: ":").last ?? "") ?? 1
            #expect(caretColumn(under: excerpt) == column,
                    "expected the line `\(excerpt)` with `^` under column \(column) in\n\(self)",
                    sourceLocation: sourceLocation)
        }
        if let fix {
            #expect(stderr.split(separator: "\n").contains { $0.contains("= fix: ") && $0.contains(fix) },
                    "no `= fix: …\(fix)…` line in\n\(self)", sourceLocation: sourceLocation)
        }
        // The retry repeats the commit's mode (`-v`, `--cleanup`, `--amend`, `-a`) before `-e -F`.
        #expect(stderr.split(separator: "\n").contains { $0.contains("edit and retry:  git commit ") && $0.hasSuffix(" -e -F \(messageFile)") },
                "no recovery command `git commit … -e -F \(messageFile)` in\n\(self)", sourceLocation: sourceLocation)
        expectNoColour(sourceLocation: sourceLocation)
    }

    /// The column of the first `^` on the line after ` N | excerpt`, counted from the excerpt's start.
    func caretColumn(under excerpt: String) -> Int? {
        let lines = stderr.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasSuffix(" | " + excerpt) }), index + 1 < lines.count,
              let bar = lines[index].range(of: " | ") else { return nil }
        let prefixWidth = lines[index].distance(from: lines[index].startIndex, to: bar.upperBound)
        let caretLine = lines[index + 1]
        guard let caret = caretLine.firstIndex(of: "^") else { return nil }
        return caretLine.distance(from: caretLine.startIndex, to: caret) - prefixWidth + 1
    }

    func expectNoColour(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!output.contains("\u{1B}["), "colour codes in output without a terminal\n\(self)",
                sourceLocation: sourceLocation)
    }

    /// Number of `--> ` location lines (one per diagnostic with a location).
    var locationCount: Int { output.components(separatedBy: "--> ").count - 1 }
}

/// `LOCKSTEP_SKIP` naming a rule that is off by default (`commit/signed-off-by`): it changes no
/// verdict, but Lockstep's skip notice proves the hook really ran for a commit that passed.
func probe(_ extra: [String: String] = [:]) -> [String: String] {
    extra.merging(["LOCKSTEP_SKIP": "commit/signed-off-by"]) { $1 }
}

extension RunResult {
    func expectHookRan(_ ran: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(stderr.contains("commit/signed-off-by") == ran,
                "the commit-msg hook should \(ran ? "" : "not ")have run (its LOCKSTEP_SKIP notice)\n\(self)",
                sourceLocation: sourceLocation)
    }
}
