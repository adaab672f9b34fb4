import Foundation
import Testing

/// docs/architecture.md's table is the law: every target in Package.swift has a row, and no
/// file imports a module its row does not allow (Core stays pure; only LockstepGit sees libgit2).
struct ArchitectureTests {
    static let root = DocumentationTests.root

    /// target → modules it may import, read from docs/architecture.md's `| target | holds | may import |` table.
    static func allowedImports() throws -> [String: Set<String>] {
        let readme = try String(contentsOfFile: root + "/docs/architecture.md", encoding: .utf8)
        var allowed: [String: Set<String>] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 else { continue }
            let target = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            var modules: Set<String> = []
            for word in cells[2].components(separatedBy: CharacterSet(charactersIn: " ,()`")) {
                if let first = word.first, first.isUppercase, word != "Swift" { modules.insert(word) }
            }
            if cells[2].contains("every Lockstep target") {
                modules.formUnion(try targets().filter { $0.hasPrefix("Lockstep") })
            }
            allowed[target] = modules
        }
        return allowed
    }

    static func targets() throws -> [String] {
        let manifest = try String(contentsOfFile: root + "/Package.swift", encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"\.(?:target|executableTarget|systemLibrary)\(\s*name: "([^"]+)""#)
        return pattern.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)).compactMap {
            Range($0.range(at: 1), in: manifest).map { String(manifest[$0]) }
        }
    }

    @Test func everyTargetHasARow() throws {
        let allowed = try Self.allowedImports()
        for target in try Self.targets() { #expect(allowed[target] != nil, "docs/architecture.md's table lacks \(target)") }
    }

    @Test func importsStayInsideTheirRow() throws {
        let allowed = try Self.allowedImports()
        let sources = Self.root + "/Sources"
        for target in try Self.targets() {
            let folder = sources + "/" + target
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index <= 1, index + 1 < words.count else { continue }
                    let module = String(words[index + 1])
                    #expect(allowed[target]?.contains(module) == true, "\(target)/\(file) imports \(module)")
                }
            }
        }
    }
}
