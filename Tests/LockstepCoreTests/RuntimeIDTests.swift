import Foundation
import Testing
@testable import LockstepCore

/// Every id a diagnostic can carry is either a rule or a documented runtime id, so `lockstep
/// explain` knows whatever a command prints.
struct RuntimeIDTests {
    /// The ids written as literals where a diagnostic is made (`Diagnostic("repo/shallow", …` or
    /// `static let rule = "release/prepare"`), in every file under Sources.
    static func idsInSources() throws -> [String: String] {
        let pattern = try NSRegularExpression(pattern: #"(?:Diagnostic\(\s*|static let rule = )"([a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*)""#)
        var found: [String: String] = [:]
        let sources = DocumentationTests.root + "/Sources"
        let enumerator = FileManager.default.enumerator(atPath: sources)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".swift") else { continue }
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { found[String(text[range]), default: file] = file }
            }
        }
        return found
    }

    @Test func everyIdInSourcesIsARuleOrARuntimeID() throws {
        let found = try Self.idsInSources()
        #expect(found["release/prepare"] != nil && found["repo/shallow"] != nil && found["migration/applies"] != nil, "\(found)")
        for (id, file) in found.sorted(by: { $0.key < $1.key }) {
            #expect(rule(withID: id) != nil || runtimeID(withID: id) != nil,
                    "\(id) (Sources/\(file)) is neither a rule nor in allRuntimeIDs (Sources/LockstepCore/Model/RuntimeID.swift)")
        }
    }

    @Test func runtimeIDsAreSortedUniqueAndNoRule() {
        let ids = allRuntimeIDs.map(\.id)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "\(ids)")
        for id in ids { #expect(rule(withID: id) == nil, "\(id) is a rule too") }
    }
}
