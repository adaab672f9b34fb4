import Foundation
import Testing

/// Colour only on a terminal, never with NO_COLOR or TERM=dumb (DESIGN.md "Messages"; HOOKS.md
/// §8 scenario 68). A pseudo-terminal from util-linux `script` gives the positive control.
@Suite struct ColourTests {
    static let escape = "\u{1B}["

    /// Runs `command` (a shell command line) with a pseudo-terminal as stdin/stdout/stderr.
    private func onTerminal(_ repo: TemporaryRepository, _ command: String, environment extra: [String: String]) throws -> RunResult {
        try run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], in: repo.path,
                environment: repo.environment.merging(extra) { $1 })
    }

    private func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test func pipesGetNoColourEvenWithAColourTerminalName() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile("Add x\n")
        let check = try repo.lockstep("check", "message", file.path, environment: ["TERM": "xterm-256color"])
        #expect(check.status == 1, "\(check)")
        check.expectNoColour()
        let hook = try repo.git("commit", "--allow-empty", "-m", "Add x", environment: ["TERM": "xterm-256color"])
        #expect(hook.status != 0, "\(hook)")
        hook.expectNoColour()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func terminalGetsColourUnlessNoColourOrDumb() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile("Add x\n")
        let command = "\(quoted(Products.lockstep)) check message \(quoted(file.path))"

        let coloured = try onTerminal(repo, command, environment: ["TERM": "xterm-256color"])
        #expect(coloured.status == 1, "\(coloured)")
        #expect(coloured.output.contains("commit/header-format"), "\(coloured)")
        #expect(coloured.output.contains(Self.escape), "positive control: a terminal gets colour\n\(coloured)")

        let noColour = try onTerminal(repo, command, environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        #expect(noColour.output.contains("commit/header-format"), "\(noColour)")
        #expect(!noColour.output.contains(Self.escape), "NO_COLOR\n\(noColour)")

        let dumb = try onTerminal(repo, command, environment: ["TERM": "dumb"])
        #expect(dumb.output.contains("commit/header-format"), "\(dumb)")
        #expect(!dumb.output.contains(Self.escape), "TERM=dumb\n\(dumb)")

        let github = try onTerminal(repo, "\(quoted(Products.lockstep)) check message --format github \(quoted(file.path))",
                                    environment: ["TERM": "xterm-256color"])
        #expect(github.output.contains("::error file="), "\(github)")
        #expect(!github.output.contains(Self.escape), "--format github is never coloured\n\(github)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func hookOnATerminal() throws {
        let repo = try TemporaryRepository()
        let command = "git commit --allow-empty -m 'Add x'"
        let coloured = try onTerminal(repo, command, environment: ["TERM": "xterm-256color"])
        #expect(coloured.output.contains("commit/header-format"), "\(coloured)")
        #expect(coloured.output.contains(Self.escape), "positive control: the hook's stderr is the terminal\n\(coloured)")

        let noColour = try onTerminal(repo, command, environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        #expect(noColour.output.contains("commit/header-format"), "\(noColour)")
        #expect(!noColour.output.contains(Self.escape), "NO_COLOR\n\(noColour)")
        #expect(try repo.commitCount() == 1)
    }
}
