import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// git configuration files (`.git/config`, `~/.gitconfig`, included files) and the
/// `GIT_CONFIG_PARAMETERS` list. Never a crash; an accepted file, written back with one quoted
/// value per variable, reads as the same entries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGitConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let parameters = GitConfigEnvironment.parse(String(decoding: bytes, as: UTF8.self))
    _ = GitSettings(layers: [GitConfigFile(entries: parameters)])
    guard let file = GitConfigFile(bytes: bytes) else { return 0 }
    _ = GitSettings(layers: [file])
    let rendered = render(file.entries)
    guard let again = GitConfigFile(bytes: Array(rendered.utf8)) else {
        require(false, "the written-back file does not parse:\n\(rendered)")
        return 0
    }
    require(again.entries.map(\.key) == file.entries.map(\.key) && again.entries.map(\.value) == file.entries.map(\.value),
            "written back, the entries changed:\n\(rendered)")
    return 0
}

/// `[section "subsection"]` then `name = "value"` (or a bare `name`) for each entry: a key is
/// `section[.subsection].name`, the name has no dot, and the section none before its subsection.
private func render(_ entries: [(key: String, value: String?)]) -> String {
    var out = ""
    for (key, value) in entries {
        guard let lastDot = key.lastIndex(of: ".") else {
            require(false, "key \(key.debugDescription) has no section")
            continue
        }
        let section = key[..<lastDot], name = key[key.index(after: lastDot)...]
        if let firstDot = section.firstIndex(of: ".") {
            out += "[\(section[..<firstDot]) \"" + escaped(section[section.index(after: firstDot)...], subsection: true) + "\"]\n"
        } else {
            out += "[\(section)]\n"
        }
        out += value.map { "\(name) = \"" + escaped(Substring($0)) + "\"\n" } ?? "\(name)\n"
    }
    return out
}

/// A subsection knows only `\\` and `\"` (any other escaped character stands for itself); a
/// value also `\n`, `\t` and `\b`.
private func escaped(_ text: Substring, subsection: Bool = false) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case _ where subsection: out.unicodeScalars.append(scalar)
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_gitconfig_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzGitConfig)
}
