@testable import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// SemVer 2.0.0 (manifest versions, tags, changelog headings). The input is one or two versions
/// split at the first LF. Never a crash; the byte fast path and the character parser agree; an
/// accepted version prints back exactly as written; precedence is reflexive and antisymmetric.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSemVer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let parts = bytes.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false)
    var versions: [SemVer] = []
    for part in parts {
        let text = String(decoding: part, as: UTF8.self)
        let parsed = SemVer.parse(text)
        let full = SemVer.parseCharacters(text)
        require(parsed == full, "fast path \(parsed) but full parser \(full) for \(text.debugDescription)")
        if case .success(let version) = parsed {
            require(version.description == text, "\(text.debugDescription) prints as \(version.description.debugDescription)")
            require(version.precedence(comparedTo: version) == .same, "\(version) is not the same as itself")
            versions.append(version)
        }
    }
    if versions.count == 2 {
        let forward = versions[0].precedence(comparedTo: versions[1]), backward = versions[1].precedence(comparedTo: versions[0])
        let mirrored: [SemVer.Order: SemVer.Order] = [.lower: .higher, .same: .same, .higher: .lower]
        require(mirrored[forward] == backward, "\(versions[0]) vs \(versions[1]): \(forward) but \(backward)")
        if forward == .same { require(versions[0].major == versions[1].major && versions[0].prerelease == versions[1].prerelease, "same precedence, different versions") }
    }
    return 0
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_semver_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzSemVer)
}
