import Foundation
import Testing

/// `lockstep release prepare` runs in `lockstep-hook` (ReleasePrepareCommandLine) when its options
/// are spelled plainly, and in `lockstep-cli` otherwise: both give the same output, status and
/// files, and what only the argument parser explains (help, a bad option) still reaches it.
@Suite struct PrepareRoutingTests {
    private func bothWays(_ arguments: [String], on make: () throws -> TemporaryRepository) throws -> (RunResult, RunResult) {
        let viaFrontDoor = try make()
        let viaCLI = try make()
        let front = try viaFrontDoor.lockstep(arguments)
        let cli = try run(Products.lockstepCLI, arguments, in: viaCLI.path, environment: viaCLI.environment, stdin: nil)
        #expect(try viaFrontDoor.workTreeFiles() == viaCLI.workTreeFiles(), "\(arguments)")
        return (front, cli)
    }

    @Test(arguments: [
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run"],
        ["release", "prepare", "1.3.0", "--date=2025-12-01"],
        ["--format", "json", "release", "prepare", "patch", "--date", "2025-12-01", "--allow-dirty"],
        ["release", "prepare", "1.3.0", "--pre", "rc", "--date", "2025-12-01", "--format=github"],
        ["release", "prepare", "1.1.0", "--date", "2025-12-01"],
        ["release", "prepare", "1.3.0", "--date", "not-a-date"],
        ["release", "prepare", "1.3.0", "--date", "", "--dry-run"],
        ["release", "prepare", "", "--dry-run"],
        ["release", "prepare", "minor", "--pre", "", "--dry-run"],
        ["-C", ".", "release", "prepare", "minor", "--date", "2025-12-01", "--dry-run"],
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run", "-C", "nowhere"],
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run", "-C", ""],
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run", "--config", ""],
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run", "--format", "JSON"],
        ["release", "prepare", "release", "--dry-run"],
        ["--config", ".lockstep.toml", "release", "prepare", "minor", "--date", "2025-12-01", "--dry-run"],
        ["release", "prepare", "minor", "--date", "2025-12-01", "--dry-run", "--tag", "--commit", "--branch"],
    ])
    func theLeanPathAndTheCLIAgree(arguments: [String]) throws {
        let (front, cli) = try bothWays(arguments, on: { try TemporaryRepository.preparable() })
        #expect(front.status == cli.status, "\(front)\n---\n\(cli)")
        #expect(front.stdout == cli.stdout, "\(front)\n---\n\(cli)")
        #expect(front.stderr == cli.stderr, "\(front)\n---\n\(cli)")
    }

    @Test(arguments: [["release", "prepare", "--help"], ["release", "prepare", "1.3.0", "--bogus"],
                      ["release", "prepare", "1.3.0", "--dry-run", "--dry-run"], ["release", "prepare"]])
    func whatOnlyTheArgumentParserExplainsReachesIt(arguments: [String]) throws {
        let (front, cli) = try bothWays(arguments, on: { try TemporaryRepository.preparable() })
        #expect(front.status == cli.status, "\(front)\n---\n\(cli)")
        #expect(front.output == cli.output, "\(front)\n---\n\(cli)")
        #expect(!front.output.isEmpty)
    }
}
