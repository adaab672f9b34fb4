@testable import LockstepGit
import LockstepFuzzDriver
import LockstepFuzzSupport

/// git's index file (formats 2–4, sparse, split), read by `IndexFile` on every pre-commit.
/// Never a crash and never a read out of bounds (AddressSanitizer); a damaged file is an error;
/// what is found is what was asked for; the sparse-checkout pass finds a subset of the full one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndex(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let paths = ["CHANGELOG.md", "backend/Cargo.toml", "a", ""]
    let folders = ["backend/migrations", "", "a/"]
    guard let found = try? IndexFile.find(paths: paths, listing: folders, in: bytes, path: ".git/index") else { return 0 }
    require(found.entries.keys.allSatisfy(paths.contains), "found \(found.entries.keys), asked for \(paths)")
    for name in found.listing {
        let parent = name.lastIndex(of: "/").map { String(name[...$0]) } ?? ""
        require(folders.contains { $0 == parent || $0 + "/" == parent },
                "listed \(name.debugDescription), not directly in \(folders)")
    }
    let outside = try? IndexFile.find(paths: paths, listing: folders, in: bytes, path: ".git/index", outsideWorkTreeOnly: true)
    require(outside != nil, "the sparse pass failed where the full one read the file")
    if let outside {
        // Keys only: a damaged index may list a path twice, and each pass keeps its own last one.
        require(outside.entries.keys.allSatisfy { found.entries[$0] != nil }, "the sparse pass found paths the full one did not")
        require(outside.sparseDirectories.count == found.sparseDirectories.count, "the passes disagree on directory entries")
    }
    return 0
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_index_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzIndex)
}
