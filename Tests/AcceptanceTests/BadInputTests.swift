import Foundation
import Testing

/// Bad input never crashes (DESIGN.md "Bad input").
@Suite struct BadInputTests {
    @Test func nulByteInAMessage() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(Data("feat: x\n\nbody\u{0}byte\n".utf8))
        let result = try repo.lockstep("check", "message", file.path)
        #expect([0, 1].contains(result.status), "\(result)")
    }

    @Test func directoryAsMessageFile() throws {
        let repo = try TemporaryRepository()
        let result = try repo.lockstep("check", "message", repo.root.path)
        #expect(result.status == 3, "\(result)")
        #expect(result.output.contains(repo.root.path), "\(result)")
    }

    @Test func invalidTOMLSyntaxNamesTheLine() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"feat\"\n")
        let file = try repo.messageFile("feat: x\n")
        let result = try repo.lockstep("check", "message", file.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains(".lockstep.toml:"), "\(result)")
    }
}
