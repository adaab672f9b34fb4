import Foundation
import Testing
import LockstepSystem

/// `release prepare`'s all-or-nothing file replacement, both ways: Linux's unnamed `O_TMPFILE`
/// files, and the named temporary files macOS always uses (and Linux where O_TMPFILE is missing),
/// which this machine otherwise never runs. (LockstepSystem has no test target; LockstepGit links it.)
@Suite struct FileReplacementTests {
    /// A scratch folder with `files` written in it.
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/lockstep-replace-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8) }
        return path
    }

    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test(arguments: [true, false])
    func replacesEveryFileKeepingItsModeAndLeavingNothingBehind(unnamedFiles: Bool) throws {
        let folder = try Self.folder(["Cargo.toml": "version = \"1.0.0\"\n", "package.json": "{\"version\": \"1.0.0\"}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder + "/Cargo.toml")
        try FileReplacement.replace([
            (folder + "/Cargo.toml", Array("version = \"1.0.0\"\n".utf8), Array("version = \"1.1.0\"\n".utf8)),
            (folder + "/package.json", Array("{\"version\": \"1.0.0\"}\n".utf8), Array("{\"version\": \"1.1.0\"}\n".utf8)),
        ], unnamedFiles: unnamedFiles)
        #expect(try String(contentsOfFile: folder + "/Cargo.toml", encoding: .utf8) == "version = \"1.1.0\"\n")
        #expect(try String(contentsOfFile: folder + "/package.json", encoding: .utf8) == "{\"version\": \"1.1.0\"}\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/Cargo.toml")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try Self.names(in: folder) == ["Cargo.toml", "package.json"])
    }

    @Test(arguments: [true, false])
    func aFileThatChangedStopsEverythingBeforeAnyIsReplaced(unnamedFiles: Bool) throws {
        let folder = try Self.folder(["a": "old a\n", "b": "changed b\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FileReplacement.Failure.self) {
            try FileReplacement.replace([(folder + "/a", Array("old a\n".utf8), Array("new a\n".utf8)),
                                         (folder + "/b", Array("old b\n".utf8), Array("new b\n".utf8))],
                                        unnamedFiles: unnamedFiles)
        }
        #expect(try String(contentsOfFile: folder + "/a", encoding: .utf8) == "old a\n")
        #expect(try Self.names(in: folder) == ["a", "b"])
    }
}
