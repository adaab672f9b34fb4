@testable import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// TOML 1.0 (`.lockstep.toml`, `Cargo.toml`, `Cargo.lock`): never a crash; every position inside
/// the document; the verdict the same from bytes and from a String; and an accepted document,
/// written back as TOML, parses to the same values (render → parse → render is stable); and the
/// plain-shape fast path for lock files answers only as the full parser does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let widths = LineWidths(bytes)
    let result = Result { () throws(TOMLError) in try TOML.parse(bytes) }
    if isUTF8(bytes) {
        let fromText = Result { () throws(TOMLError) in try TOML.parse(String(decoding: bytes, as: UTF8.self)) }
        // Compared as text: a NaN is not equal to itself.
        require(fromText == result || String(reflecting: fromText) == String(reflecting: result), "bytes and text disagree")
    }
    let kept = ManifestReader.cargoLockKeys
    if let plain = TOML.parsePlain(bytes, keepingValuesOf: kept) {
        var parser = TOMLParser(bytes: bytes, keepingValuesOf: kept)
        let full = Result { () throws(TOMLError) in try parser.parseDocument() }
        require(full == .success(plain), "the plain fast path and the parser disagree")
    }
    switch result {
    case .failure(let error):
        require(widths.contains(line: error.position.line, column: error.position.column),
                "error position \(error.position) outside the document: \(error.message)")
    case .success(let table):
        require(isUTF8(bytes), "accepted a document that is not UTF-8")
        checkPositions(table, widths)
        let rendered = render(table)
        do {
            let again = try TOML.parse(rendered)
            require(render(again) == rendered, "render → parse → render changed:\n\(rendered)\n---\n\(render(again))")
        } catch {
            // The written-back form nests the same way, but tolerate the depth cap on it.
            require(error.message.contains("too deeply"), "the rendered document does not parse: \(error.message) at \(error.position)\n\(rendered)")
        }
    }
    return 0
}

private func checkPositions(_ table: TOMLTable, _ widths: LineWidths) {
    for entry in table.entries {
        require(widths.contains(line: entry.keyPosition.line, column: entry.keyPosition.column), "key \(entry.key) at \(entry.keyPosition)")
        checkPositions(entry.node, widths)
    }
}

private func checkPositions(_ node: TOMLNode, _ widths: LineWidths) {
    require(widths.contains(line: node.position.line, column: node.position.column), "value at \(node.position)")
    switch node.value {
    case .array(let elements): elements.forEach { checkPositions($0, widths) }
    case .table(let table): checkPositions(table, widths)
    default: break
    }
}

/// Every leaf as `"a"."b" = value` (dotted keys define the same tables headers would); arrays
/// and empty tables inline.
private func render(_ table: TOMLTable) -> String {
    var out = ""
    render(table, prefix: "", into: &out)
    return out
}

private func render(_ table: TOMLTable, prefix: String, into out: inout String) {
    for entry in table.entries {
        let key = prefix + quoted(entry.key)
        if case .table(let inner) = entry.node.value, !inner.entries.isEmpty {
            render(inner, prefix: key + ".", into: &out)
        } else {
            out += key + " = " + inline(entry.node.value) + "\n"
        }
    }
}

private func inline(_ value: TOMLValue) -> String {
    switch value {
    case .string(let text): return quoted(text)
    case .integer(let number): return String(number)
    case .float(let number):
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return "\(number)"
    case .boolean(let flag): return flag ? "true" : "false"
    case .dateTime(let text): return text
    case .array(let elements): return "[" + elements.map { inline($0.value) }.joined(separator: ", ") + "]"
    case .table(let table):
        return "{" + table.entries.map { quoted($0.key) + " = " + inline($0.node.value) }.joined(separator: ", ") + "}"
    }
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_toml_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzTOML)
}
