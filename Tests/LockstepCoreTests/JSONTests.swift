import Foundation
import Testing

@testable import LockstepCore

// MARK: - Helpers

private func parse(_ text: String) throws(JSONError) -> JSONNode {
    try JSON.parse(text)
}

/// The error a document fails with, or nil if it parses.
private func failure(_ text: String) -> JSONError? {
    failure(Array(text.utf8))
}

private func failure(_ bytes: [UInt8]) -> JSONError? {
    do {
        _ = try JSON.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// The node at a path of object keys and array indexes (`"packages"`, `"0"`).
private func node(_ root: JSONNode, _ path: [String]) -> JSONNode? {
    var current = root
    for key in path {
        switch current.value {
        case .object(let object):
            guard let next = object[key] else { return nil }
            current = next
        case .array(let elements):
            guard let offset = Int(key), elements.indices.contains(offset) else { return nil }
            current = elements[offset]
        default:
            return nil
        }
    }
    return current
}

private func pos(_ line: Int, _ column: Int) -> Position { Position(line: line, column: column) }

private func string(_ text: String) -> JSONValue { .string(text) }
private func number(_ text: String) -> JSONValue { .number(JSONNumber(text)) }

/// A rendering both this parser and Python's json module can produce: integers in decimal,
/// other numbers by their binary64 bit pattern, strings as UTF-8 hex, every object member
/// in order (duplicates included).
private func canonical(_ value: JSONValue) -> String {
    switch value {
    case .null: return "n"
    case .bool(let flag): return flag ? "t" : "f"
    case .number(let number):
        if number.isInteger {
            // Python reads `-0` as the integer 0.
            return "i:" + (number.text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") }
                ? "0" : number.text)
        }
        let bits = number.double?.bitPattern ?? 0
        let hex = String(bits, radix: 16)
        return "d:" + String(repeating: "0", count: 16 - hex.count) + hex
    case .string(let text): return "s:" + hexBytes(text)
    case .array(let elements): return "[" + elements.map { canonical($0.value) }.joined(separator: ",") + "]"
    case .object(let object):
        return "{" + object.members.map { hexBytes($0.key) + "=" + canonical($0.node.value) }.joined(separator: ",")
            + "}"
    }
}

private func hexBytes(_ text: String) -> String {
    text.utf8.map { String(format: "%02x", $0) }.joined()
}

// MARK: - Python's json module as a reference

private enum PythonJSON {
    /// A python3 that has the json module, or nil.
    static let executable: String? = {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = "\(directory)/python3"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            if (try? run(candidate, script: "import json", input: Data())) != nil { return candidate }
        }
        return nil
    }()

    /// Reads length-prefixed documents from stdin; prints one verdict line per document.
    /// Python's json accepts two things RFC 8259 does not, which are refused here:
    /// `NaN`/`Infinity`/`-Infinity` (through `parse_constant`) and lone surrogate escapes
    /// (they make strings that cannot be encoded as UTF-8).
    static let script = #"""
        import sys, json, struct
        def constant(name):
            raise ValueError('not json: ' + name)
        def r(v):
            if v is None: return 'n'
            if v is True: return 't'
            if v is False: return 'f'
            if isinstance(v, int): return 'i:%d' % v
            if isinstance(v, float): return 'd:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
            if isinstance(v, str): return 's:' + v.encode('utf-8').hex()
            if isinstance(v, list): return '[' + ','.join(r(x) for x in v) + ']'
            if isinstance(v, tuple): return '{' + ','.join(k.encode('utf-8').hex() + '=' + r(x) for k, x in v[1]) + '}'
            raise TypeError(type(v))
        data = sys.stdin.buffer.read()
        pos = 0
        while pos < len(data):
            nl = data.index(b'\n', pos)
            n = int(data[pos:nl])
            doc = data[nl + 1:nl + 1 + n]
            pos = nl + 1 + n
            try:
                # utf-8-sig: a leading byte order mark is skipped, as Lockstep does.
                value = json.loads(doc.decode('utf-8-sig'), parse_constant=constant,
                                   object_pairs_hook=lambda pairs: ('object', pairs))
                print('OK ' + r(value))
            except Exception as e:
                print('ERR ' + type(e).__name__ + ': ' + str(e).replace('\n', ' '))
        """#

    /// Python's verdict on each document: `OK <canonical>` or `ERR <message>`.
    static func verdicts(_ documents: [[UInt8]]) throws -> [String] {
        guard let executable else { return [] }
        var input = Data()
        for document in documents {
            input.append(contentsOf: Array("\(document.count)\n".utf8))
            input.append(contentsOf: document)
        }
        let output = try run(executable, script: script, input: input)
        return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    private static func run(_ executable: String, script: String, input: Data) throws -> String {
        // Input goes through a file so that a full output pipe cannot deadlock the writer.
        let inputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("json-differential-\(UUID().uuidString).bin")
        try input.write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", script]
        process.environment = ["PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"]
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

// MARK: - Fixtures

private let packageJSONFixture = """
    {
      "name": "@acme/widgets",
      "version": "2.4.0-beta.1",
      "description": "Widgets — für alle",
      "private": false,
      "main": "dist/index.js",
      "scripts": {
        "build": "tsc -p .",
        "test": "node --test \\"test/**/*.test.js\\""
      },
      "dependencies": {
        "left-pad": "^1.3.0",
        "lodash": "~4.17.21"
      },
      "engines": { "node": ">=18" },
      "files": ["dist", "README.md"],
      "workspaces": []
    }

    """

private let packageLockFixture = """
    {
      "name": "@acme/widgets",
      "version": "2.4.0-beta.1",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "@acme/widgets",
          "version": "2.4.0-beta.1",
          "license": "MIT",
          "dependencies": {
            "left-pad": "^1.3.0"
          }
        },
        "node_modules/left-pad": {
          "version": "1.3.0",
          "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
          "integrity": "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQ/MmHPcaOC+Nr3F5yDkqI0MBDUjs1kafCiAhjA6IDn88N4A==",
          "deprecated": "use String.prototype.padStart()",
          "dev": true
        }
      }
    }

    """

// MARK: - Differential corpus

/// Valid RFC 8259 texts covering the corners of the grammar.
private let validDocuments: [String] = [
    "null", "true", "false", " \t\r\n null \r\n\t ",
    "0", "-0", "123", "-123", "1.5", "-0.0", "1e10", "1E+2", "1e-2", "0.1e-0", "1e01", "1.0",
    "123456789012345678901234567890",
    "-123456789012345678901234567890.5e-7",
    "1e400",  // beyond Double: infinity, in both
    "-1e400",
    "4.9e-324",
    "2.2250738585072014e-308",
    "0.30000000000000004",
    #""""#,
    #""hello world""#,
    #""\" \\ \/ \b \f \n \r \t""#,
    #""\u0000\u001f\u007F\u00e9\uFFFF\uFEFF""#,
    #""\uD83D\uDE00 \ud83d\ude00 \uDBFF\uDFFF \uD800\uDC00""#,
    #""\u10FFFF""#,  // U+10FF then "FF"
    "\"é 日本 😀 \u{7F} \u{2028} \u{10FFFF}\"",
    "[]", "{}", "[[]]", "[{}]", "{\"a\":{}}",
    "[ 1 , 2 , 3 ]",
    "[null,true,false,0,\"\",[],{}]",
    #"[[[]],{"a":[{}]},{"b":{"c":[1,[2,[3]]]}}]"#,
    #"{"a":1,"a":2,"b":3,"a":4}"#,
    #"{"":0," ":1}"#,
    #"{"\u0041\n":true,"é":"ü"}"#,
    "[1,-1,0.5,-0.5e-5,1E5,2e+0,0E0]",
    "{\r\n  \"crlf\": [\r\n    1\r\n  ]\r\n}\r\n",
    packageJSONFixture,
    packageLockFixture,
]

/// Texts RFC 8259 refuses. Python's json accepts the ones marked: they are here because
/// the RFC forbids them, and the differential script turns them into errors.
private let invalidDocuments: [String] = [
    "", "   ", "\r\n",
    "[1,]", #"{"a":1,}"#, "[,1]", "{,}", "[1,,2]",
    "01", "-01", "00", "1.", ".5", "+1", "-", "1e", "1e+", "1.e5", "0x10", "1_000", "-a",
    "NaN",  // Python accepts (rejected through parse_constant)
    "Infinity",  // Python accepts
    "-Infinity",  // Python accepts
    "[NaN]",  // Python accepts
    "'a'", "{'a':1}", "{a:1}", "// c\n1", "/* c */ 1", "# c\n1",
    "[1] [2]", "1 2", #"{"a":1}}"#, "[", "]", #"{"a":1"#, #"{"a""#, #"{"a":"#, #"{"a" 1}"#, #"{"a":}"#,
    "[1 2]", "True", "nul", "tru", "undefined",
    #""abc"#, "\"a\nb\"", "\"a\tb\"", "\"\u{1F}\"", #""\x""#, #""\'""#, #""\u12""#, #""\uZZZZ""#, #""abc\"#,
    #""\ud800""#,  // Python accepts (a lone surrogate)
    #""\udc00""#,  // Python accepts
    #""\ud800\u0041""#,  // Python accepts
    #""\ude00\ud83d""#,  // Python accepts
    "\u{A0}1",  // no-break space is not JSON whitespace
    "\u{0C}1",  // nor is form feed
    "[1\u{0661}]",  // an Arabic-Indic digit
    "\u{FEFF}\u{FEFF}1",  // only one leading byte order mark is skipped
]

/// Invalid UTF-8 and other byte-level problems.
private let invalidByteDocuments: [[UInt8]] = [
    [0x22, 0xFF, 0x22],
    [0x22, 0xC3, 0x28, 0x22],
    [0x22, 0xED, 0xA0, 0x80, 0x22],  // an encoded surrogate
    [0x22, 0xC0, 0xAF, 0x22],  // overlong
    [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
    [0x22, 0xE2, 0x82],  // truncated
    [0x22, 0x80, 0x22],  // stray continuation byte
    [0xFF],
    [0xFF, 0xFE, 0x31, 0x00],  // UTF-16 with its byte order mark
    Array("[1,".utf8) + [0xEF, 0xBB, 0xBF] + Array("2]".utf8),
]

// MARK: - Tests

@Suite struct JSONTests {
    // MARK: Values

    @Test func literals() throws {
        #expect(try parse("null").value == .null)
        #expect(try parse("true").value == .bool(true))
        #expect(try parse("false").value == .bool(false))
        #expect(try parse("  null  ").position == pos(1, 3))
    }

    @Test(arguments: [
        ("0", 0, 0.0), ("-0", 0, -0.0), ("42", 42, 42.0), ("-17", -17, -17.0),
        ("9223372036854775807", Int.max, 9.223372036854775807e18),
    ])
    func integers(text: String, int: Int, double: Double) throws {
        let number = try #require(try parse(text).value.numberValue)
        #expect(number.text == text)
        #expect(number.isInteger)
        #expect(number.int == int)
        #expect(number.double == double)
    }

    @Test func otherNumbersKeepTheirText() throws {
        for (text, double) in [
            ("1.5", 1.5), ("-0.25", -0.25), ("1e3", 1000.0), ("2E+2", 200.0), ("5e-1", 0.5), ("1.0", 1.0),
            ("1e01", 10.0),
        ] {
            let number = try #require(try parse(text).value.numberValue)
            #expect(number.text == text)
            #expect(!number.isInteger)
            #expect(number.int == nil)
            #expect(number.double == double)
        }
        let huge = try #require(try parse("123456789012345678901234567890").value.numberValue)
        #expect(huge.isInteger)
        #expect(huge.int == nil)
        #expect(huge.double == 1.2345678901234568e29)
        #expect(try parse("1e400").value.numberValue?.double == .infinity)
        #expect(try parse("-1e400").value.numberValue?.double == -.infinity)
        #expect(try parse("-0.0").value.numberValue?.double?.sign == .minus)
        // Numbers compare as written.
        #expect(try parse("1.0").value != parse("1").value)
        #expect(JSONNumber("7").description == "7")
    }

    @Test func strings() throws {
        #expect(try parse(#""""#).value == string(""))
        #expect(try parse(#""plain""#).value == string("plain"))
        #expect(try parse(#""\" \\ \/ \b \f \n \r \t""#).value == string("\" \\ / \u{08} \u{0C} \n \r \t"))
        #expect(try parse(#""\u0041\u00e9\u00E9\u65E5\u0000""#).value == string("Aéé日\u{0}"))
        #expect(try parse(#""\uD83D\uDE00\ud83d\ude00""#).value == string("😀😀"))
        #expect(try parse(#""\uDBFF\uDFFF""#).value == string("\u{10FFFF}"))
        #expect(try parse("\"é 日本 😀 \u{7F}\"").value == string("é 日本 😀 \u{7F}"))
        #expect(try parse(#""a\nb" "#).value.stringValue == "a\nb")
    }

    @Test func arraysAndObjects() throws {
        #expect(try parse("[]").value == .array([]))
        #expect(try parse("{}").value == .object(JSONObject()))
        #expect(try parse(" [ ] ").value == .array([]))
        #expect(try parse("{ \n }").value == .object(JSONObject()))
        let root = try parse(#"[1, "two", [true, null], {"k": false}]"#)
        let elements = try #require(root.value.arrayValue)
        #expect(elements.map(\.value.kindName) == ["a number", "a string", "an array", "an object"])
        #expect(elements[2].value == .array([JSONNode(.bool(true), at: pos(1, 13)), JSONNode(.null, at: pos(1, 19))]))
        let object = try #require(elements[3].value.objectValue)
        #expect(object.keys == ["k"])
        #expect(object["k"]?.value.boolValue == false)
        #expect(object["missing"] == nil)
        #expect(elements[1].value.isNull == false)
        #expect(JSONValue.null.isNull)
        #expect(JSONValue.null.kindName == "null")
        #expect(JSONValue.bool(true).kindName == "a boolean")
    }

    @Test func stringOverloadMatchesBytes() throws {
        let text = "{\"é\": [1, 2.5, \"x\"]}"
        #expect(try JSON.parse(text) == JSON.parse(Array(text.utf8)))
    }

    // MARK: Positions

    @Test func positionsOfKeysAndValues() throws {
        let root = try parse(
            """
            {
              "name": "x",
              "nested": {"a": [10, 20,
                30], "b": null},
              "t":\ttrue
            }
            """)
        #expect(root.position == pos(1, 1))
        let object = try #require(root.value.objectValue)
        #expect(object.member("name")?.keyPosition == pos(2, 3))
        #expect(object["name"]?.position == pos(2, 11))
        #expect(object.member("nested")?.keyPosition == pos(3, 3))
        #expect(object["nested"]?.position == pos(3, 13))
        #expect(node(root, ["nested", "a"])?.position == pos(3, 19))
        #expect(node(root, ["nested", "a", "0"])?.position == pos(3, 20))
        #expect(node(root, ["nested", "a", "1"])?.position == pos(3, 24))
        #expect(node(root, ["nested", "a", "2"])?.position == pos(4, 5))
        #expect(node(root, ["nested"])?.value.objectValue?.member("b")?.keyPosition == pos(4, 10))
        #expect(node(root, ["nested", "b"])?.position == pos(4, 15))
        #expect(node(root, ["t"])?.position == pos(5, 8))
    }

    @Test func columnsCountUnicodeScalars() throws {
        // é is 2 bytes, 日 3, 😀 4: each is one column.
        let root = try parse(#"{"é": "日本", "😀": [1, "ü", 2], "k": 3}"#)
        let object = try #require(root.value.objectValue)
        #expect(object.member("é")?.keyPosition == pos(1, 2))
        #expect(object["é"]?.position == pos(1, 7))
        #expect(object.member("😀")?.keyPosition == pos(1, 13))
        #expect(node(root, ["😀", "1"])?.position == pos(1, 22))
        #expect(node(root, ["😀", "2"])?.position == pos(1, 27))
        #expect(object.member("k")?.keyPosition == pos(1, 31))
        #expect(object["k"]?.position == pos(1, 36))
        // An escape counts as the characters it is written with.
        #expect(node(try parse(#"["\u00e9", 1]"#), ["1"])?.position == pos(1, 12))
    }

    @Test func crlfIsOneLineBreak() throws {
        let root = try parse("{\r\n  \"a\": 1,\r\n\r\n  \"b\": [\r\n    true\r\n  ]\r\n}\r\n")
        let object = try #require(root.value.objectValue)
        #expect(object.member("a")?.keyPosition == pos(2, 3))
        #expect(object["a"]?.position == pos(2, 8))
        #expect(object.member("b")?.keyPosition == pos(4, 3))
        #expect(node(root, ["b", "0"])?.position == pos(5, 5))
        // Errors after CRLF lines are placed the same way.
        let error = failure("[\r\n  1,\r\n  2,\r\n]")
        #expect(error?.message == "trailing comma before ']'")
        #expect(error?.position == pos(3, 4))
        #expect(failure("[\r\n\r\n  x]")?.position == pos(3, 3))
    }

    @Test func byteOrderMarkIsSkippedAndNoted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        #expect(JSON.hasByteOrderMark(bytes))
        #expect(!JSON.hasByteOrderMark(Array("{}".utf8)))
        #expect(!JSON.hasByteOrderMark([0xEF, 0xBB]))
        let root = try JSON.parse(bytes)
        // Positions do not count the mark.
        #expect(root.position == pos(1, 1))
        #expect(root.value.objectValue?.member("a")?.keyPosition == pos(1, 2))
        #expect(root.value.objectValue?["a"]?.position == pos(1, 7))
        #expect(try JSON.parse("\u{FEFF}[true]").value == .array([JSONNode(.bool(true), at: pos(1, 2))]))
        // Errors on the first line after a mark are placed the same way.
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8))?.position == pos(1, 3))
        // A mark anywhere else is an error.
        let inside = failure(Array("[1, ".utf8) + [0xEF, 0xBB, 0xBF] + Array("2]".utf8))
        #expect(inside?.message == "expected a value, found a byte order mark (U+FEFF)")
        #expect(inside?.position == pos(1, 5))
        #expect(failure([0xEF, 0xBB, 0xBF])?.message == "expected a value, found end of file")
    }

    // MARK: npm files

    @Test func packageJSON() throws {
        let root = try JSON.parse(Array(packageJSONFixture.utf8))
        let manifest = try #require(root.value.objectValue)
        #expect(manifest["name"]?.value.stringValue == "@acme/widgets")
        #expect(manifest["version"]?.value.stringValue == "2.4.0-beta.1")
        #expect(manifest["version"]?.position == pos(3, 14))
        #expect(manifest.member("version")?.keyPosition == pos(3, 3))
        #expect(manifest["description"]?.value.stringValue == "Widgets — für alle")
        #expect(manifest["private"]?.value.boolValue == false)
        #expect(node(root, ["scripts", "test"])?.value.stringValue == #"node --test "test/**/*.test.js""#)
        #expect(node(root, ["dependencies"])?.value.objectValue?.keys == ["left-pad", "lodash"])
        #expect(node(root, ["dependencies", "lodash"])?.position == pos(13, 15))
        #expect(node(root, ["engines", "node"])?.value.stringValue == ">=18")
        #expect(node(root, ["files", "1"])?.value.stringValue == "README.md")
        #expect(node(root, ["files", "1"])?.position == pos(16, 21))
        #expect(node(root, ["workspaces"])?.value == .array([]))
        #expect(manifest.duplicateKeys.isEmpty)
    }

    @Test func packageLockVersion3() throws {
        let root = try JSON.parse(Array(packageLockFixture.utf8))
        let lock = try #require(root.value.objectValue)
        #expect(lock["lockfileVersion"]?.value.numberValue?.int == 3)
        #expect(lock["lockfileVersion"]?.position == pos(4, 22))
        let rootPackage = try #require(node(root, ["packages", ""]))
        #expect(rootPackage.position == pos(7, 9))
        #expect(rootPackage.value.objectValue?["version"]?.value.stringValue == "2.4.0-beta.1")
        #expect(rootPackage.value.objectValue?["version"]?.position == pos(9, 18))
        #expect(node(root, ["packages"])?.value.objectValue?.member("")?.keyPosition == pos(7, 5))
        #expect(node(root, ["packages", "node_modules/left-pad", "version"])?.value.stringValue == "1.3.0")
        #expect(node(root, ["packages", "node_modules/left-pad", "dev"])?.value == .bool(true))
        #expect(node(root, ["packages", "node_modules/left-pad", "integrity"])?.position == pos(18, 20))
    }

    // MARK: Duplicate keys

    @Test func lastDuplicateKeyWins() throws {
        let root = try parse(#"{"a": 1, "b": 2, "a": 3, "c": 4, "a": 5, "b": 6}"#)
        let object = try #require(root.value.objectValue)
        #expect(object.members.count == 6)
        #expect(object.keys == ["a", "b", "a", "c", "a", "b"])
        #expect(object["a"]?.value == number("5"))
        #expect(object["a"]?.position == pos(1, 39))
        #expect(object.member("a")?.keyPosition == pos(1, 34))
        #expect(object["b"]?.value == number("6"))
        #expect(object["c"]?.value == number("4"))
        let duplicates = object.duplicateKeys
        #expect(duplicates.map(\.key) == ["a", "a", "b"])
        #expect(duplicates.map(\.keyPosition) == [pos(1, 18), pos(1, 34), pos(1, 42)])
        // Keys are compared after unescaping.
        let escaped = try #require(try parse(#"{"a": 1, "\u0061": 2}"#).value.objectValue)
        #expect(escaped["a"]?.value == number("2"))
        #expect(escaped.duplicateKeys.map(\.keyPosition) == [pos(1, 10)])
    }

    // MARK: Errors

    @Test(arguments: [
        // Structure.
        ("", "expected a value, found end of file", 1, 1),
        ("  \n ", "expected a value, found end of file", 2, 2),
        ("[", "expected a value, found end of file", 1, 2),
        ("[1", "expected ',' or ']' after array element, found end of file", 1, 3),
        (#"{"a":1"#, "expected ',' or '}' after object member, found end of file", 1, 7),
        ("[1,]", "trailing comma before ']'", 1, 3),
        ("[1,\n  ]", "trailing comma before ']'", 1, 3),
        (#"{"a": 1,}"#, "trailing comma before '}'", 1, 8),
        (#"{"a": 1 ]"#, "expected ',' or '}' after object member, found ']'", 1, 9),
        ("[1 2]", "expected ',' or ']' after array element, found '2'", 1, 4),
        ("[1}", "expected ',' or ']' after array element, found '}'", 1, 3),
        (#"{"a" 1}"#, "expected ':' after object key, found '1'", 1, 6),
        (#"{"a"}"#, "expected ':' after object key, found '}'", 1, 5),
        ("{1:2}", "expected a string key or '}', found '1'", 1, 2),
        (#"{"a":1, 2}"#, "expected a string key, found '2'", 1, 9),
        ("{'a': 1}", "expected a string key or '}', found ''' (json strings use double quotes)", 1, 2),
        ("['a']", "expected a value, found ''' (json strings use double quotes)", 1, 2),
        ("// x\n{}", "expected a value, found '/' (json has no comments)", 1, 1),
        (#"{"a":1 /* c */}"#, "expected ',' or '}' after object member, found '/' (json has no comments)", 1, 8),
        ("[,]", "expected a value, found ','", 1, 2),
        ("[1,,2]", "expected a value, found ','", 1, 4),
        (#"{"a":}"#, "expected a value, found '}'", 1, 6),
        ("]", "expected a value, found ']'", 1, 1),
        ("{}}", "expected end of file after the value, found '}'", 1, 3),
        ("1 2", "expected end of file after the value, found '2'", 1, 3),
        ("\u{A0}1", "expected a value, found '\u{A0}' (U+00A0)", 1, 1),
        ("\u{0C}1", "expected a value, found control character U+000C", 1, 1),
        ("[\u{7F}]", "expected a value, found control character U+007F", 1, 2),
        // Numbers.
        ("01", "leading zeros are not allowed in numbers", 1, 1),
        ("[-012]", "leading zeros are not allowed in numbers", 1, 3),
        ("00", "leading zeros are not allowed in numbers", 1, 1),
        ("1.", "expected a digit after the decimal point, found end of file", 1, 3),
        ("1.e3", "expected a digit after the decimal point, found 'e'", 1, 3),
        ("1e", "expected a digit in the exponent, found end of file", 1, 3),
        ("[1e+x]", "expected a digit in the exponent, found 'x'", 1, 5),
        ("-", "expected a digit after '-', found end of file", 1, 2),
        ("-Infinity", "expected a digit after '-', found 'I'", 1, 2),
        ("+1", "a number cannot start with '+'", 1, 1),
        ("[.5]", "a number cannot start with '.'", 1, 2),
        ("0x1F", "expected end of file after the value, found 'x'", 1, 2),
        // Literals.
        ("NaN", "invalid literal 'NaN' (json has no nan or infinity)", 1, 1),
        ("[1, Infinity]", "invalid literal 'Infinity' (json has no nan or infinity)", 1, 5),
        ("True", "invalid literal 'True' (literals are lower-case: 'true')", 1, 1),
        ("NULL", "invalid literal 'NULL' (literals are lower-case: 'null')", 1, 1),
        ("nul", "invalid literal 'nul'", 1, 1),
        ("truex", "invalid literal 'truex'", 1, 1),
        ("[undefined]", "invalid literal 'undefined' (did you mean 'null'?)", 1, 2),
        // Strings.
        (#""abc"#, "unterminated string", 1, 1),
        (#"{"a": "b"#, "unterminated string", 1, 7),
        (#""abc\"#, "unterminated string", 1, 1),
        ("\"a\nb\"", "control character U+000A in string", 1, 3),
        ("\"a\r\nb\"", "control character U+000D in string", 1, 3),
        ("\"a\tb\"", "control character U+0009 in string", 1, 3),
        ("[\"\u{0}\"]", "control character U+0000 in string", 1, 3),
        (#""\x""#, "invalid escape \\x", 1, 2),
        (#""ab\'""#, "invalid escape \\'", 1, 4),
        (#""\U0041""#, "invalid escape \\U", 1, 2),
        ("\"\\\n\"", "invalid escape: '\\' followed by a line feed", 1, 2),
        ("\"\\é\"", "invalid escape: '\\' followed by 'é' (U+00E9)", 1, 2),
        (#""\u12""#, "invalid \\u escape: expected 4 hexadecimal digits, found '\"'", 1, 2),
        (#""\u12G4""#, "invalid \\u escape: expected 4 hexadecimal digits, found 'G'", 1, 2),
        (#""\u"#, "invalid \\u escape: expected 4 hexadecimal digits, found end of file", 1, 2),
        (#""\ud800""#, "lone surrogate \\ud800 in string (not part of a surrogate pair)", 1, 2),
        (#""x\uDC00""#, "lone surrogate \\uDC00 in string (not part of a surrogate pair)", 1, 3),
        (#""\ud800\u0041""#, "lone surrogate \\ud800 in string (not part of a surrogate pair)", 1, 2),
        (#""\uD800\uD800""#, "lone surrogate \\uD800 in string (not part of a surrogate pair)", 1, 2),
        (#""\uDE00\uD83D""#, "lone surrogate \\uDE00 in string (not part of a surrogate pair)", 1, 2),
        (#""\ud800\u12""#, "invalid \\u escape: expected 4 hexadecimal digits, found '\"'", 1, 8),
    ])
    func errors(document: String, message: String, line: Int, column: Int) {
        let error = failure(document)
        #expect(error?.message == message)
        #expect(error?.position == pos(line, column))
        #expect(error.map { "\($0)" } == "\(line):\(column): \(message)")
    }

    @Test func errorsNameTheirLine() {
        let document = """
            {
              "name": "x",
              "version": "1.0.0",
              "scripts": {
                "test": "jest",
              },
              "private": true
            }
            """
        let error = failure(document)
        #expect(error?.message == "trailing comma before '}'")
        #expect(error?.position == pos(5, 19))
        let late = failure("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": 007\n}")
        #expect(late?.message == "leading zeros are not allowed in numbers")
        #expect(late?.position == pos(6, 8))
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let error = failure(Array("{\"é\": \"日".utf8) + [0xFF] + Array("\"}".utf8))
        #expect(error?.message == "invalid utf-8 (byte 0xFF)")
        #expect(error?.position == pos(1, 9))
        let second = failure(Array("[1,\n \"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8))
        #expect(second?.message == "invalid utf-8 (byte 0xC3)")
        #expect(second?.position == pos(2, 5))
        // Encoded surrogates, overlong forms and truncated sequences are all malformed.
        #expect(failure([0x22, 0xED, 0xA0, 0x80, 0x22])?.message == "invalid utf-8 (byte 0xED)")
        #expect(failure([0x22, 0xC0, 0xAF, 0x22])?.message == "invalid utf-8 (byte 0xC0)")
        #expect(failure([0x22, 0x61, 0xE2, 0x82])?.position == pos(1, 3))
        // Outside strings, and after an escape.
        #expect(failure([0x5B, 0xFF, 0x5D])?.message == "invalid utf-8 (byte 0xFF)")
        #expect(failure([0x5B, 0xFF, 0x5D])?.position == pos(1, 2))
        #expect(failure([0x5B, 0x31, 0x80, 0x5D])?.message == "invalid utf-8 (byte 0x80)")
        #expect(failure([0x22, 0x5C, 0xFF, 0x22])?.message == "invalid utf-8 (byte 0xFF)")
        #expect(failure([0x22, 0x5C, 0xFF, 0x22])?.position == pos(1, 3))
        #expect(failure(Array(#""\u00"#.utf8) + [0xFF])?.message == "invalid utf-8 (byte 0xFF)")
        // UTF-16 is not UTF-8.
        #expect(failure([0xFF, 0xFE, 0x31, 0x00])?.message == "invalid utf-8 (byte 0xFF)")
    }

    // MARK: Robustness

    @Test func nestingDepthIsCapped() throws {
        let limit = JSON.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(failure(deepest) == nil)
        let objects = String(repeating: #"{"a":"#, count: limit - 1) + "[1]" + String(repeating: "}", count: limit - 1)
        let root = try parse(objects)
        #expect(node(root, Array(repeating: "a", count: limit - 1) + ["0"])?.value == number("1"))
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        let error = failure(tooDeep)
        #expect(error?.message == "arrays and objects are nested too deeply (more than 512 levels)")
        #expect(error?.position == pos(1, limit + 1))
        let mixed = String(repeating: #"[{"k":"#, count: 300)
        #expect(failure(mixed)?.position == pos(1, 6 * 256 + 1))
        // Hostile input fails quickly, without recursion.
        #expect(failure(String(repeating: "[", count: 1_000_000)) != nil)
        #expect(failure(String(repeating: #"{"":"#, count: 1_000_000)) != nil)
    }

    @Test func largeDocumentsParseInLinearTime() throws {
        // A package-lock.json-like document of about 6 MB, pretty-printed...
        var text = "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n"
        let count = 20_000
        for number in 0..<count {
            text += """
                    "node_modules/package-\(number)": {
                      "version": "1.\(number).0",
                      "resolved": "https://registry.npmjs.org/package-\(number)/-/package-\(number)-1.\(number).0.tgz",
                      "integrity": "sha512-\(String(repeating: "Ab0+", count: 20))",
                      "dependencies": {"a": "^1.0.0", "b": ["x", 1.5e3, true, null]}
                    }\(number == count - 1 ? "" : ",")

                """
        }
        text += "  }\n}\n"
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        var root: JSONNode?
        let elapsed = try clock.measure { root = try JSON.parse(bytes) }
        let parsed = try #require(root)
        let packages = try #require(node(parsed, ["packages"])?.value.objectValue)
        #expect(packages.members.count == count)
        #expect(packages.members.last?.keyPosition == pos(3 + 6 * (count - 1) + 1, 5))
        #expect(packages["node_modules/package-19999"]?.value.objectValue?["version"]?.position
            == pos(3 + 6 * (count - 1) + 2, 18))
        // ...and one minified line of about 3 MB (columns stay linear along a line).
        let line = "[" + Array(repeating: #"{"k":"é","v":[1,2,3]}"#, count: 150_000).joined(separator: ",") + "]"
        var minified: JSONNode?
        let lineElapsed = try clock.measure { minified = try JSON.parse(line) }
        let elements = try #require(minified?.value.arrayValue)
        #expect(elements.last?.position == pos(1, 2 + 22 * (150_000 - 1)))
        // Generous even for a debug build; quadratic behaviour would take minutes.
        #expect(elapsed < .seconds(30))
        #expect(lineElapsed < .seconds(30))
    }

    @Test func longStringsAndNumbers() throws {
        let long = String(repeating: "x", count: 2_000_000)
        #expect(try parse("\"\(long)\"").value.stringValue?.utf8.count == 2_000_000)
        let escaped = String(repeating: #"\n\u00e9"#, count: 100_000)
        #expect(try parse("\"\(escaped)\"").value.stringValue?.unicodeScalars.count == 200_000)
        let digits = String(repeating: "7", count: 100_000)
        #expect(try parse(digits).value.numberValue?.text.utf8.count == 100_000)
        #expect(failure(String(repeating: "a", count: 100_000))?.message.utf8.count ?? 0 < 100)
    }

    @Test func mutatedDocumentsNeverCrash() {
        // Deterministic mutations of a document with every construct; each must either
        // parse or fail with an error, never trap or hang.
        let seed = Array(
            #"""
            {"a": [1, -2.5e+3, 0, true, false, null], "b": {"c": "s\t\u00e9\ud83d\ude00 é"},
             "d": [], "e": {}, "f": "\\\/\""}
            """#.utf8)
        let alphabet = Array(#"[]{}:,.'"\/ eE+-0123456789tfnu"#.utf8) + [0x0A, 0x0D, 0x09, 0xC3, 0xFF, 0xED, 0x00]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var accepted = 0
        for _ in 0..<5000 {
            var bytes = seed
            for _ in 0..<(1 + next(4)) {
                let at = next(bytes.count)
                switch next(3) {
                case 0: bytes[at] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: at)
                default: bytes.remove(at: at)
                }
            }
            // Every prefix too: truncated files are common.
            if failure(bytes) == nil { accepted += 1 }
            _ = failure(Array(bytes.prefix(next(bytes.count + 1))))
        }
        #expect(accepted > 0)
    }

    // MARK: Building a selection only

    /// `parse(_:keeping:)` reads the whole document as `parse` does: every document fails with
    /// the same error at the same place, or parses to the same selected values.
    @Test func keepingFailsAndSelectsAsTheWholeParse() throws {
        let selection = [["version"], ["packages", "", "version"], ["a"], ["b", "c"]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var documents = (validDocuments + invalidDocuments).map { Array($0.utf8) } + invalidByteDocuments
        let seed = Array(packageLockFixture.utf8)
        let alphabet = Array(#"[]{}:,"\ 0e-"#.utf8) + [0xC3, 0xFF]
        for _ in 0..<2000 {
            var bytes = seed
            let at = next(bytes.count)
            switch next(3) {
            case 0: bytes[at] = alphabet[next(alphabet.count)]
            case 1: bytes.insert(alphabet[next(alphabet.count)], at: at)
            default: bytes.remove(at: at)
            }
            documents.append(bytes)
        }
        for document in documents {
            let shown = String(decoding: document.prefix(200), as: UTF8.self)
            switch (Result { () throws(JSONError) in try JSON.parse(document) },
                    Result { () throws(JSONError) in try JSON.parse(document, keeping: selection) }) {
            case (.failure(let whole), .failure(let kept)):
                #expect(whole == kept, "\(shown)")
            case (.success(let whole), .success(let kept)):
                for path in selection {
                    #expect(node(whole, path) == node(kept, path), "\(path) in \(shown)")
                }
            case (let whole, let kept):
                Issue.record("whole: \(whole), keeping: \(kept)\n\(shown)")
            }
        }
    }

    @Test func keepingBuildsNothingElse() throws {
        let root = try JSON.parse(Array(packageLockFixture.utf8), keeping: [["version"], ["packages", "", "version"]])
        let object = try #require(root.value.objectValue)
        #expect(object.keys == ["version", "packages"])
        let packages = try #require(object["packages"]?.value.objectValue)
        #expect(packages.keys == [""])
        #expect(packages[""]?.value.objectValue?.keys == ["version"])
        #expect(node(root, ["packages", "", "version"]) == node(try parse(packageLockFixture), ["packages", "", "version"]))
    }

    // MARK: Differential against Python's json module

    @Test(.enabled(if: PythonJSON.executable != nil, "needs python3"))
    func agreesWithPythonJSON() throws {
        let documents = validDocuments.map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF] + Array("{\"bom\": 1}".utf8)]
            + invalidDocuments.map { Array($0.utf8) } + invalidByteDocuments
        let validCount = validDocuments.count + 1
        let verdicts = try PythonJSON.verdicts(documents)
        try #require(verdicts.count == documents.count)
        for (offset, document) in documents.enumerated() {
            let expectValid = offset < validCount
            let reference = verdicts[offset]
            let shown = String(decoding: document, as: UTF8.self)
            // The corpus is labelled correctly (Python agrees with the label)...
            #expect(reference.hasPrefix(expectValid ? "OK " : "ERR "), "python: \(reference)\n\(shown)")
            // ...and so does this parser, value for value.
            do {
                let root = try JSON.parse(document)
                #expect(expectValid, "accepted an invalid document:\n\(shown)")
                #expect(reference == "OK " + canonical(root.value), "document:\n\(shown)")
            } catch {
                #expect(!expectValid, "\(error)\ndocument:\n\(shown)")
                #expect(reference.hasPrefix("ERR "), "\(error)\ndocument:\n\(shown)")
            }
        }
    }
}
