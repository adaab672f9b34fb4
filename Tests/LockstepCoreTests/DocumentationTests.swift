import Foundation
import Testing
@testable import LockstepCore

/// The README and docs/rules.md are kept true by tests, not by memory.
struct DocumentationTests {
    static let root = String(#filePath.prefix(upTo: #filePath.range(of: "/Tests/")!.lowerBound))

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: Self.root + "/" + path, encoding: .utf8)
    }

    @Test func rulesPageIsUpToDate() throws {
        #expect(try read("docs/rules.md") == RuleCatalog.markdown(),
                "regenerate with: swift run lockstep-cli rules --format markdown > docs/rules.md")
    }

    @Test func configurationPageDocumentsEveryKeyWithItsDefault() throws {
        #expect(try read("docs/configuration.md").contains(ConfigSchema.markdownTable),
                "docs/configuration.md's table differs from: swift run lockstep-cli rules --format config-table")
    }

    /// The README is the way in: it links every page of docs/, and no relative link in the README
    /// or docs/ points at a file that is not there.
    @Test func readmeLinksEveryPageAndEveryLinkResolves() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/docs").filter { $0.hasSuffix(".md") }
        let readme = try read("README.md")
        for page in pages { #expect(readme.contains("(docs/\(page))"), "README does not link docs/\(page)") }
        let link = try NSRegularExpression(pattern: #"\]\(([^)#:\s]+)(#[^)]*)?\)"#)
        // docs/rules.md is generated and quotes the rules' examples, links included.
        for file in ["README.md"] + pages.filter({ $0 != "rules.md" }).map({ "docs/" + $0 }) {
            let text = try read(file)
            let folder = (file as NSString).deletingLastPathComponent
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let target = (Self.root + "/" + folder + "/" + text[range]) as NSString
                #expect(FileManager.default.fileExists(atPath: target.standardizingPath),
                        "\(file) links \(text[range]), which does not exist")
            }
        }
    }
}
