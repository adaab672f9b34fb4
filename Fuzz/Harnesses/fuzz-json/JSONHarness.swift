@testable import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// RFC 8259 JSON (`package.json`, `package-lock.json`): never a crash; every position inside the
/// document; the verdict the same from bytes and from a String; and an accepted document,
/// written back compactly, parses to the same values (render → parse → render is stable); and the
/// lock-file selection (`parse(_:keeping:)`, with its fast skip) agrees with the whole parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let widths = LineWidths(bytes)
    let result = Result { () throws(JSONError) in try JSON.parse(bytes) }
    if isUTF8(bytes) {
        let fromText = Result { () throws(JSONError) in try JSON.parse(String(decoding: bytes, as: UTF8.self)) }
        require(fromText == result, "bytes and text disagree")
    }
    // The lock-file selection skips most of a document through a fast path that must give the
    // parser's verdict, error and selected values.
    let selection = ManifestReader.packageLockSelection
    let kept = Result { () throws(JSONError) in try JSON.parse(bytes, keeping: selection) }
    switch (result, kept) {
    case (.failure(let whole), .failure(let partial)): require(whole == partial, "keeping: \(partial), whole: \(whole)")
    case (.success(let whole), .success(let partial)):
        for path in selection { require(member(whole, path) == member(partial, path), "keeping \(path) differs") }
    default: require(false, "keeping and the whole parse disagree: \(kept) vs \(result)")
    }
    switch result {
    case .failure(let error):
        require(widths.contains(line: error.position.line, column: error.position.column),
                "error position \(error.position) outside the document: \(error)")
    case .success(let node):
        checkPositions(node, widths)
        let rendered = render(node.value)
        do {
            let again = try JSON.parse(rendered)
            require(render(again.value) == rendered, "render → parse → render changed:\n\(rendered)\n---\n\(render(again.value))")
        } catch {
            require(false, "the rendered document does not parse: \(error)\n\(rendered)")
        }
    }
    return 0
}

private func checkPositions(_ node: JSONNode, _ widths: LineWidths) {
    require(widths.contains(line: node.position.line, column: node.position.column), "value at \(node.position)")
    switch node.value {
    case .array(let elements): elements.forEach { checkPositions($0, widths) }
    case .object(let object):
        for member in object.members {
            require(widths.contains(line: member.keyPosition.line, column: member.keyPosition.column), "key \(member.key) at \(member.keyPosition)")
            checkPositions(member.node, widths)
        }
    default: break
    }
}

private func render(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return number.text
    case .string(let text): return quoted(text)
    case .array(let elements): return "[" + elements.map { render($0.value) }.joined(separator: ",") + "]"
    case .object(let object):
        return "{" + object.members.map { quoted($0.key) + ":" + render($0.node.value) }.joined(separator: ",") + "}"
    }
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_json_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzJSON)
}

/// The node at `path` (object keys), nil when there is none.
private func member(_ node: JSONNode, _ path: [String]) -> JSONNode? {
    var current = node
    for key in path {
        guard case .object(let object) = current.value, let next = object[key] else { return nil }
        current = next
    }
    return current
}
