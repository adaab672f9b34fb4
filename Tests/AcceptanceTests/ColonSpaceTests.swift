import Foundation
import Testing

/// Conventional Commits 1.0.0 §1 asks for "a colon and a space" (issue 10, item 7): a tab or
/// another blank after the colon is refused, and the suggested header itself passes.
@Suite struct ColonSpaceTests {
    @Test(arguments: [("fix:\thandle expiry", "fix: handle expiry"), ("feat(api):\t\tadd export", "feat(api): add export"),
                      ("fix!:\u{0B}drop v0", "fix!: drop v0"), ("fix:\t handle expiry", "fix: handle expiry")])
    func aBlankThatIsNotASpaceIsRefusedWithAFixThatPasses(_ header: String, _ suggested: String) throws {
        let repo = try TemporaryRepository()
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        let result = try repo.git("commit", "-q", "-F", try repo.messageFile(header + "\n").path)
        #expect(result.status != 0, "\(result)")
        let diagnostic = result.diagnostics.first { $0.rule == "commit/header-format" }
        #expect(diagnostic?.message.hasPrefix("expected a space after `:`") == true, "\(result)")
        #expect(diagnostic?.fix == "put one space after the colon: `\(suggested)`", "\(result)")
        #expect(try repo.commitCount() == 1)

        let fixed = try repo.lockstep(["check", "message", "-"], stdin: Data((suggested + "\n").utf8))
        #expect(fixed.status == 0, "the suggested header passes\n\(fixed)")
        let committed = try repo.git("commit", "-q", "-m", suggested)
        #expect(committed.status == 0, "\(committed)")
    }
}
