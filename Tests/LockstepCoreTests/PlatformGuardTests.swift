import Foundation
import Testing

/// Lockstep must keep compiling on macOS, which cannot be built here (docs/install.md): what is
/// Linux's or glibc's stays inside `#if`, so the macos-latest CI job is not the first to notice.
/// The scan is textual and knows `#if`/`#elseif`/`#else`/`#endif` (Swift) and `#if`/`#ifdef`/
/// `#elif`/`#else`/`#endif` (C).
struct PlatformGuardTests {
    static let root = DocumentationTests.root

    /// Spellings only glibc or Linux has; each must sit under a Linux or glibc condition.
    static let linuxOnly = ["Glibc.", "environ", "st_mtim", "st_atim", "st_ctim", "O_TMPFILE", "pipe2", "accept4",
                            "SOCK_CLOEXEC", "statx", "getrandom", "addclosefrom_np"]

    /// What is wrong with `text` (a Swift or C file): one line per finding, with its line number.
    /// `procAllowed: false` also requires every "/proc/" to sit under a Linux condition.
    static func findings(in text: String, procAllowed: Bool = false) -> [String] {
        var conditions: [String] = []
        var found: [String] = []
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            let directive = line.split(separator: " ", maxSplits: 1).map(String.init)
            switch directive.first {
            case "#if", "#ifdef":
                conditions.append(directive.count > 1 ? directive[1] : ""); continue
            case "#elseif", "#elif":
                if !conditions.isEmpty { conditions[conditions.count - 1] = directive.count > 1 ? directive[1] : "" }; continue
            case "#else":
                if !conditions.isEmpty { conditions[conditions.count - 1] = "!" + conditions[conditions.count - 1] }; continue
            case "#endif":
                _ = conditions.popLast(); continue
            default: break
            }
            // Comments may name anything.
            if line.hasPrefix("//") || line.hasPrefix("/*") || line.hasPrefix("*") { continue }
            let code = line.components(separatedBy: " //").first ?? line
            let underLinux = conditions.contains { ["os(Linux)", "canImport(Glibc)", "__linux__", "defined(__linux__)"].contains($0) }
            let underDarwin = conditions.contains { ["os(macOS)", "canImport(Darwin)"].contains($0) }
            if code.hasPrefix("import Glibc"), !underLinux {
                found.append("\(number): `import Glibc` outside `#if canImport(Glibc)`")
            }
            if code.hasPrefix("import Darwin"), !underDarwin {
                found.append("\(number): `import Darwin` outside `#if canImport(Darwin)`")
            }
            if !procAllowed, code.contains("/proc/"), !underLinux {
                found.append("\(number): /proc/ outside `#if os(Linux)`")
            }
            for word in linuxOnly where !underLinux && containsWord(word, in: code) {
                found.append("\(number): \(word) (glibc or Linux only) outside `#if canImport(Glibc)`")
            }
        }
        if !conditions.isEmpty { found.append("an #if without its #endif") }
        return found
    }

    /// `word` with no identifier character right before or after it.
    static func containsWord(_ word: String, in code: String) -> Bool {
        var searchStart = code.startIndex
        while let range = code.range(of: word, range: searchStart..<code.endIndex) {
            let before = range.lowerBound == code.startIndex ? nil : code[code.index(before: range.lowerBound)]
            let after = range.upperBound == code.endIndex ? nil : code[range.upperBound]
            let isIdentifier = { (character: Character?) in character.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isIdentifier(before), word.hasSuffix(".") || !isIdentifier(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// Every .swift and .c file under `folder` (relative to the package root), except this one.
    static func files(under folder: String) -> [String] {
        guard let names = FileManager.default.enumerator(atPath: root + "/" + folder) else { return [] }
        return names.compactMap { $0 as? String }
            .filter { ($0.hasSuffix(".swift") || $0.hasSuffix(".c")) && !$0.hasSuffix("PlatformGuardTests.swift") }
            .map { folder + "/" + $0 }.sorted()
    }

    @Test func theScanSeesWhatMacOSWouldRefuse() {
        #expect(Self.findings(in: "import Glibc\n") == ["1: `import Glibc` outside `#if canImport(Glibc)`"])
        #expect(Self.findings(in: "#if canImport(Glibc)\nimport Glibc\n#elseif canImport(Darwin)\nimport Darwin\n#endif\n").isEmpty)
        #expect(Self.findings(in: "#if canImport(Glibc)\nimport Glibc\n#else\nimport Glibc\n#endif\n").count == 1)
        #expect(Self.findings(in: "let path = \"/proc/self/exe\"\n") == ["1: /proc/ outside `#if os(Linux)`"])
        #expect(Self.findings(in: "#if os(Linux)\nlet path = \"/proc/self/exe\"\n#else\nlet path = \"/dev/fd\"\n#endif\n").isEmpty)
        #expect(Self.findings(in: "/// reads /proc/self/exe\n").isEmpty)
        #expect(Self.findings(in: "#if defined(__linux__)\nreadlink(\"/proc/self/exe\", p, n);\n#endif\n").isEmpty)
        #expect(Self.findings(in: "let n = Glibc.write(fd, p, c)\n").count == 1)
        #expect(Self.findings(in: "var pointer = environ\n").count == 1)
        #expect(Self.findings(in: "var pointer = CLibrary.environment\n").isEmpty)
        #expect(Self.findings(in: "let t = info.st_mtim.tv_sec\n").count == 1)
        #expect(Self.findings(in: "#if os(Linux)\n").count == 1)
    }

    /// What macOS would not compile: Sources, Tests and the fuzz harnesses.
    @Test func glibcStaysBehindItsCondition() {
        let files = Self.files(under: "Sources") + Self.files(under: "Tests") + Self.files(under: "Fuzz")
        #expect(files.contains("Sources/LockstepSystem/Process.swift") && files.contains("Sources/CStartCheck/ProcCheck.c"))
        for file in files {
            guard let text = try? String(contentsOfFile: Self.root + "/" + file, encoding: .utf8) else { continue }
            for finding in Self.findings(in: text, procAllowed: true) { Issue.record("\(file):\(finding)") }
        }
    }

    /// The Darwin branches type-check against macOS's C headers (scripts/check-darwin; skipped
    /// without the ziglang wheel that carries the headers).
    @Test(.enabled(if: hasDarwinHeaders, "the ziglang wheel is not installed (pip install ziglang)"))
    func darwinBranchesTypeCheck() throws {
        let (status, output) = try Self.run("/bin/sh", [Self.root + "/scripts/check-darwin"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("LockstepGit type-checks"), "\(output)")
    }

    /// On Linux (the script stands in for a macOS SDK that a Mac has), with the wheel installed.
    static var hasDarwinHeaders: Bool {
        #if os(Linux)
        (try? run("/usr/bin/env", ["python3", "-c", "import ziglang"]).status) == 0
        #else
        false
        #endif
    }

    /// Runs a program to its end: its exit status and its output and errors together.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// What macOS would not run: /proc, in the shipped code (the tests' Linux-only harnesses may read it).
    @Test func procStaysBehindLinux() {
        for file in Self.files(under: "Sources") {
            guard let text = try? String(contentsOfFile: Self.root + "/" + file, encoding: .utf8) else { continue }
            for finding in Self.findings(in: text) where finding.contains("/proc/") { Issue.record("\(file):\(finding)") }
        }
    }
}
