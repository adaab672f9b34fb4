import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// RFC 8259 JSON (`package.json`, `package-lock.json`): never a crash; every position inside the
/// document; the verdict the same from bytes and from a String; and an accepted document,
/// written back compactly, parses to the same values (render → parse → render is stable).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let widths = LineWidths(bytes)
    let result = Result { () throws(JSONError) in try JSON.parse(bytes) }
    if isUTF8(bytes) {
        let fromText = Result { () throws(JSONError) in try JSON.parse(String(decoding: bytes, as: UTF8.self)) }
        require(fromText == result, "bytes and text disagree")
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
