import LockstepCore
import LockstepSystem
/// The GIT_* variables that decide which repository git uses and how, resolved the way git does:
/// relative values against the directory the command started in (never by changing directory).
///
/// libgit2 1.5.1 cannot do this itself: `GIT_REPOSITORY_OPEN_FROM_ENV` fails with
/// "GIT_WORK_TREE unimplemented", and git exports `GIT_WORK_TREE=.` for `--work-tree`.
struct GitEnvironment {
    /// The directory the command started in: hooks start at the work tree (or `$GIT_DIR` when bare).
    let startDirectory: String
    /// `GIT_DIR`, absolute.
    let gitDirectory: String?
    /// `GIT_WORK_TREE`, absolute.
    let workTree: String?
    /// `GIT_INDEX_FILE` as given: `index.lock` or `next-index-<pid>.lock` during some commits. git
    /// reads it after moving to the top of the work tree, so a relative value is resolved there.
    let indexFile: String?
    /// `GIT_OBJECT_DIRECTORY`, absolute: the quarantine directory during pre-receive.
    let objectDirectory: String?
    /// `GIT_ALTERNATE_OBJECT_DIRECTORIES`, absolute, in order.
    let alternateObjectDirectories: [String]
    /// `GIT_CEILING_DIRECTORIES`: absolute entries only, as git ignores the others.
    let ceilingDirectories: [String]
    /// `GIT_DISCOVERY_ACROSS_FILESYSTEM`.
    let discoversAcrossFilesystems: Bool
    /// `GIT_COMMON_DIR`, which libgit2 1.5.1 cannot honour.
    let commonDirectory: String?
    /// The configuration files git reads outside the repository, lowest priority first.
    let configFiles: ConfigFiles
    /// `git -c` values handed down through `GIT_CONFIG_PARAMETERS` and `GIT_CONFIG_COUNT`.
    /// The `git -c` settings a hook inherits; libgit2 reads none of them.
    let commandLineConfig: GitConfigFile

    /// Where git finds its system, XDG and global configuration for this environment.
    struct ConfigFiles {
        var system: String?
        var xdg: String?
        var global: String?
    }

    init(_ environment: [String: String], startDirectory: String) {
        self.startDirectory = startDirectory
        func path(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return Path.resolved(value, against: startDirectory)
        }
        gitDirectory = path("GIT_DIR")
        workTree = path("GIT_WORK_TREE")
        indexFile = environment["GIT_INDEX_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        objectDirectory = path("GIT_OBJECT_DIRECTORY")
        commonDirectory = path("GIT_COMMON_DIR")
        alternateObjectDirectories = Self.pathList(environment["GIT_ALTERNATE_OBJECT_DIRECTORIES"] ?? "")
            .map { Path.resolved($0, against: startDirectory) }
        ceilingDirectories = (environment["GIT_CEILING_DIRECTORIES"] ?? "")
            .split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        discoversAcrossFilesystems = Self.bool(environment["GIT_DISCOVERY_ACROSS_FILESYSTEM"]) ?? false
        configFiles = Self.configFiles(environment)
        commandLineConfig = GitConfigEnvironment.entries { environment[$0] }
    }

    /// git's `git_env_bool`: true/yes/on/false/no/off/empty or an integer; nil when unset or unreadable.
    static func bool(_ value: String?) -> Bool? {
        guard let value else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off", "": return false
        default: return Int(value).map { $0 != 0 }
        }
    }

    // git's config.c: GIT_CONFIG_NOSYSTEM, GIT_CONFIG_SYSTEM, GIT_CONFIG_GLOBAL (which also
    // replaces the XDG file), XDG_CONFIG_HOME, HOME. Debian's git reads /etc/gitconfig.
    private static func configFiles(_ environment: [String: String]) -> ConfigFiles {
        var files = ConfigFiles()
        if bool(environment["GIT_CONFIG_NOSYSTEM"]) != true {
            files.system = nonEmpty(environment["GIT_CONFIG_SYSTEM"]) ?? "/etc/gitconfig"
        }
        if let global = nonEmpty(environment["GIT_CONFIG_GLOBAL"]) {
            files.global = global
            return files
        }
        let home = nonEmpty(environment["HOME"])
        if let xdg = nonEmpty(environment["XDG_CONFIG_HOME"]) {
            files.xdg = xdg + "/git/config"
        } else if let home {
            files.xdg = home + "/.config/git/config"
        }
        files.global = home.map { $0 + "/.gitconfig" }
        return files
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// A colon-separated path list as git reads GIT_ALTERNATE_OBJECT_DIRECTORIES: entries may be
    /// C-quoted ("…") so that they can hold colons; empty entries are skipped.
    static func pathList(_ text: String) -> [String] {
        var entries: [String] = []
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            if bytes.first == UInt8(ascii: "\"") {
                let (entry, rest) = unquoteC(bytes.dropFirst())
                entries.append(entry)
                bytes = rest.drop { $0 != UInt8(ascii: ":") }.dropFirst()
            } else {
                let entry = bytes.prefix { $0 != UInt8(ascii: ":") }
                if !entry.isEmpty { entries.append(String(decoding: entry, as: UTF8.self)) }
                bytes = bytes.dropFirst(entry.count + 1)
            }
        }
        return entries
    }

    /// Reads a C-quoted string up to its closing quote; returns it and what follows the quote.
    private static func unquoteC(_ input: ArraySlice<UInt8>) -> (String, ArraySlice<UInt8>) {
        var output: [UInt8] = []
        var rest = input
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\"), let escaped = rest.popFirst() else {
                output.append(byte)
                continue
            }
            switch escaped {
            case UInt8(ascii: "n"): output.append(10)
            case UInt8(ascii: "t"): output.append(9)
            case UInt8(ascii: "0")...UInt8(ascii: "3"):
                var value = escaped - UInt8(ascii: "0")
                for _ in 0..<2 {
                    guard let digit = rest.first, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit) else { break }
                    value = value << 3 | (digit - UInt8(ascii: "0"))
                    rest = rest.dropFirst()
                }
                output.append(value)
            default: output.append(escaped)
            }
        }
        return (String(decoding: output, as: UTF8.self), rest)
    }
}
