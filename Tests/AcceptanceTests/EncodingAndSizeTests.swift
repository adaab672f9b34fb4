import Foundation
import Testing

/// Bytes that are not UTF-8, and a very large message (HOOKS.md §8 scenario 25; DESIGN.md "Bad input").
@Suite struct EncodingAndSizeTests {
    static let latin1Message = Data("fix: accept names\n\nAccept caf".utf8) + Data([0xE9]) + Data(" in names\n".utf8)

    @Test func latin1WithoutConfigurationIsRefused() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(Self.latin1Message)
        let result = try repo.git("commit", "--allow-empty", "-F", file.path)
        result.expectRejection(rule: "commit/encoding", at: ".git/COMMIT_EDITMSG:3:1", fix: "i18n.commitEncoding")
        #expect(try repo.commitCount() == 1)
        #expect(try repo.commitEditMessage == Self.latin1Message, "the message file is left byte for byte")
    }

    /// An editor saving "UTF-8 with signature" writes U+FEFF first; git keeps it in the message.
    /// The refusal names the invisible mark instead of calling `feat` an unknown type.
    @Test func aByteOrderMarkBeforeTheTypeIsNamed() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(Data([0xEF, 0xBB, 0xBF]) + Data("feat: add login\n".utf8))
        let result = try repo.git("commit", "--allow-empty", "-F", file.path)
        result.expectRejection(rule: "commit/type-enum", at: ".git/COMMIT_EDITMSG:1:1", fix: "without a byte order mark")
        #expect(result.stderr.contains("invisible byte order mark (U+FEFF) stands before `feat`"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }

    @Test func latin1DeclaredWithCommitEncodingIsAccepted() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(Self.latin1Message)
        let result = try repo.git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "--allow-empty", "-F", file.path, environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        let raw = try repo.lastRawCommit()
        #expect(raw.range(of: Data("\nencoding ISO-8859-1\n".utf8)) != nil, "git records the encoding")
        #expect(raw.range(of: Data([0x63, 0x61, 0x66, 0xE9, 0x20])) != nil, "git stores the bytes as given")
    }

    @Test func latin1DeclaredInRepositoryConfigIsAccepted() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "i18n.commitEncoding", "ISO-8859-1").expectSuccess()
        let file = try repo.messageFile(Self.latin1Message)
        let result = try repo.git("commit", "-q", "--allow-empty", "-F", file.path, environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    /// A header, a blank line, then about 5 MB of body lines.
    private func hugeMessage(header: String) -> Data {
        var text = header + "\n\n"
        let line = "body text that goes on and on so the message weighs five megabytes in total\n"
        text.reserveCapacity(5_200_000)
        while text.utf8.count < 5_000_000 { text += line }
        return Data(text.utf8)
    }

    @Test func fiveMegabyteMessageWithGoodHeaderPasses() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(hugeMessage(header: "docs: paste the whole log"))
        let result = try repo.git("commit", "-q", "--allow-empty", "-F", file.path, environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        let size = Int(try repo.gitOutput("cat-file", "-s", "HEAD")) ?? 0
        #expect(size > 5_000_000)
    }

    @Test func fiveMegabyteMessageWithBadHeaderIsRefused() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile(hugeMessage(header: "Paste the whole log"))
        let result = try repo.git("commit", "--allow-empty", "-F", file.path)
        result.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "Paste the whole log")
        #expect(result.locationCount == 1, "only the header is wrong")
        #expect(try repo.commitCount() == 1)
    }
}
