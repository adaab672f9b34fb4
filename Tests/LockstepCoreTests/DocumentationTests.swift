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

    @Test func readmeDocumentsEveryConfigKeyWithItsDefault() throws {
        #expect(try read("README.md").contains(ConfigSchema.markdownTable),
                "README's configuration table differs from: swift run lockstep-cli rules --format config-table")
    }
}
