import Testing
import LockstepSystem

/// macOS has no /proc: the hooks read their parent's command line (`git commit --amend`, `git tag`)
/// from the kernel's KERN_PROCARGS2 record instead. Its parser is plain code, tested here on Linux
/// (LockstepSystem has no test target of its own; LockstepGit links it).
@Suite struct ProcessArgumentsTests {
    /// argc, the executable path, NUL padding, the arguments, then the environment.
    static func record(argc: Int32, _ parts: [String], padding: Int = 3) -> [UInt8] {
        let count = UInt32(bitPattern: argc)
        var bytes: [UInt8] = [UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24)]
        for (index, part) in parts.enumerated() {
            bytes += Array(part.utf8) + [0]
            if index == 0 { bytes += [UInt8](repeating: 0, count: padding) }
        }
        return bytes
    }

    @Test func readsTheArgumentsAndStopsBeforeTheEnvironment() {
        let bytes = Self.record(argc: 3, ["/usr/bin/git", "git", "commit", "--amend", "HOME=/Users/me", "PATH=/usr/bin"])
        #expect(ProcessArguments.parse(bytes) == .init(executable: "/usr/bin/git", arguments: ["git", "commit", "--amend"]))
    }

    @Test func keepsEmptyArgumentsAfterTheFirst() {
        let bytes = Self.record(argc: 3, ["git", "git", "", "tag"], padding: 0)
        #expect(ProcessArguments.parse(bytes)?.arguments == ["git", "", "tag"])
    }

    @Test func refusesARecordCutShort() {
        #expect(ProcessArguments.parse([]) == nil)
        #expect(ProcessArguments.parse([1, 0, 0]) == nil)
        #expect(ProcessArguments.parse(Self.record(argc: 4, ["/usr/bin/git", "git", "commit"])) == nil)
        #expect(ProcessArguments.parse(Self.record(argc: -1, ["/usr/bin/git"])) == nil)
        // No NUL after the executable path.
        #expect(ProcessArguments.parse([0, 0, 0, 0] + Array("/usr/bin/git".utf8)) == nil)
    }

    @Test func readsARecordWithoutArguments() {
        #expect(ProcessArguments.parse(Self.record(argc: 0, ["/sbin/launchd"])) == .init(executable: "/sbin/launchd", arguments: []))
    }
}
