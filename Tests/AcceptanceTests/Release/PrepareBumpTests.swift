import Foundation
import Testing

/// `release prepare --tag` makes no tag that `tag/bump-kind` refuses at the push: a version the
/// commits do not call for is refused before anything is written, with the one they call for.
@Suite struct PrepareBumpTests {
    @Test func aMinorTagOverABreakingChangeIsRefusedWithTheMajor() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.write("src.txt", "feature X without the v0 routes\n")
        try repo.git("commit", "-q", "--no-verify", "-am", "feat(api)!: remove the v0 routes").expectSuccess()
        let state = try repo.state()
        let files = try repo.workTreeFiles()

        let refused = try repo.lockstep("release", "prepare", "minor", "--commit", "--tag")
        #expect(refused.status == 1 && refused.stderr.contains("tag/bump-kind"), "\(refused)")
        #expect(refused.pastedFix == "lockstep release prepare 2.0.0 --commit --tag", "\(refused)")
        #expect(try repo.state() == state && (try repo.workTreeFiles()) == files)
        // Without --tag there is no tag to refuse: the files may be prepared.
        #expect(try repo.lockstep("release", "prepare", "minor", "--dry-run").status == 0)

        let pasted = try repo.paste((refused.pastedFix ?? "false") + " --date 2025-12-01")
        #expect(pasted.status == 0, "\(pasted)")
        let tag = try repo.lockstep("check", "tag", "v2.0.0")
        #expect(tag.status == 0, "\(tag)")
    }
}
