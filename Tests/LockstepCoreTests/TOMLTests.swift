import Foundation
import Testing

@testable import LockstepCore

// MARK: - Helpers

private func parse(_ text: String) throws(TOMLError) -> TOMLTable {
    try TOML.parse(text)
}

/// The error a document fails with, or nil if it parses.
private func failure(_ text: String) -> TOMLError? {
    failure(Array(text.utf8))
}

private func failure(_ bytes: [UInt8]) -> TOMLError? {
    do {
        _ = try TOML.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// The node at a path of keys (through tables only).
private func node(_ table: TOMLTable, _ path: [String]) -> TOMLNode? {
    var current = table
    for (offset, key) in path.enumerated() {
        guard let found = current[key] else { return nil }
        if offset == path.count - 1 { return found }
        guard case .table(let next) = found.value else { return nil }
        current = next
    }
    return nil
}

private func value(_ table: TOMLTable, _ path: String) -> TOMLValue? {
    node(table, path.split(separator: ".").map(String.init))?.value
}

private func entry(_ table: TOMLTable, _ path: [String]) -> TOMLEntry? {
    guard let last = path.last else { return nil }
    if path.count == 1 { return table.entry(last) }
    guard case .table(let parent)? = node(table, Array(path.dropLast()))?.value else { return nil }
    return parent.entry(last)
}

private func pos(_ line: Int, _ column: Int) -> Position { Position(line: line, column: column) }

/// A rendering of a value that both this parser and Python's tomllib can produce: typed
/// scalars, floats by bit pattern, date-times normalized as Python's `isoformat()`.
private func canonical(_ table: TOMLTable) -> String {
    "{" + table.entries.map { canonicalString($0.key) + "=" + canonical($0.node.value) }.joined(separator: ",") + "}"
}

private func canonical(_ value: TOMLValue) -> String {
    switch value {
    case .string(let text): return "s:" + canonicalString(text)
    case .integer(let number): return "i:\(number)"
    case .float(let number):
        if number.isNaN { return "f:nan" }
        let bits = String(number.bitPattern, radix: 16)
        return "f:" + String(repeating: "0", count: 16 - bits.count) + bits
    case .boolean(let flag): return flag ? "true" : "false"
    case .dateTime(let text): return canonicalDateTime(text)
    case .array(let elements): return "[" + elements.map { canonical($0.value) }.joined(separator: ",") + "]"
    case .table(let table): return canonical(table)
    }
}

/// Keys, kinds and positions, without the strings' text.
private func shape(_ table: TOMLTable) -> String {
    "{" + table.entries.map { "\($0.key)@\($0.node.position)=" + shape($0.node) }.joined(separator: ",") + "}"
}

private func shape(_ node: TOMLNode) -> String {
    switch node.value {
    case .string: return "s"
    case .array(let elements):
        // The scalars of an array under a key that is not kept are not kept either.
        let containers = elements.filter {
            switch $0.value {
            case .array, .table: return true
            default: return false
            }
        }
        return "[" + containers.map { shape($0) + "@\($0.position)" }.joined(separator: ",") + "]"
    case .table(let table): return shape(table)
    default: return canonical(node.value)
    }
}

private func canonicalString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\"", scalar != "\\" {
            result.unicodeScalars.append(scalar)
        } else {
            result += "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
    return result + "\""
}

/// `1979-05-27 07:32:00.5Z` → `odt:1979-05-27T07:32:00.500000+00:00`, as Python prints it.
private func canonicalDateTime(_ raw: String) -> String {
    let text = Array(raw)
    func timePart(_ characters: ArraySlice<Character>) -> (time: String, rest: String) {
        let hms = String(characters.prefix(8))
        var rest = characters.dropFirst(8)
        var fraction = ""
        if rest.first == "." {
            rest = rest.dropFirst()
            while let digit = rest.first, digit.isNumber {
                fraction.append(digit)
                rest = rest.dropFirst()
            }
        }
        // Python keeps microseconds (truncated) and prints them only when non-zero.
        let micro = String((fraction + "000000").prefix(6))
        return (hms + (Int(micro) == 0 ? "" : "." + micro), String(rest))
    }
    guard text.count >= 10, text[4] == "-" else {
        return "lt:" + timePart(text[...]).time
    }
    let date = String(text.prefix(10))
    if text.count == 10 { return "ld:" + date }
    let (time, offset) = timePart(text.dropFirst(11))
    if offset.isEmpty { return "ldt:" + date + "T" + time }
    let normalized = (offset == "Z" || offset == "z" || offset == "-00:00") ? "+00:00" : offset
    return "odt:" + date + "T" + time + normalized
}

// MARK: - Python's tomllib as a reference

private enum PythonTOML {
    /// A python3 that has `tomllib` (3.11+), or nil.
    static let executable: String? = {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = "\(directory)/python3"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            if (try? run(candidate, script: "import tomllib", input: Data())) != nil { return candidate }
        }
        return nil
    }()

    /// Reads length-prefixed documents from stdin; prints one verdict line per document.
    static let script = #"""
        import sys, tomllib, datetime, math, struct
        def s(x):
            return '"' + ''.join(c if 32 <= ord(c) < 127 and c not in '"\\' else '\\u{%x}' % ord(c) for c in x) + '"'
        def r(v):
            if isinstance(v, bool): return 'true' if v else 'false'
            if isinstance(v, int): return 'i:%d' % v
            if isinstance(v, float):
                if math.isnan(v): return 'f:nan'
                return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
            if isinstance(v, str): return 's:' + s(v)
            if isinstance(v, datetime.datetime): return ('odt:' if v.tzinfo else 'ldt:') + v.isoformat()
            if isinstance(v, datetime.date): return 'ld:' + v.isoformat()
            if isinstance(v, datetime.time): return 'lt:' + v.isoformat()
            if isinstance(v, list): return '[' + ','.join(r(x) for x in v) + ']'
            if isinstance(v, dict): return '{' + ','.join(s(k) + '=' + r(x) for k, x in v.items()) + '}'
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
                print('OK ' + r(tomllib.loads(doc.decode('utf-8-sig'))))
            except Exception as e:
                print('ERR ' + type(e).__name__ + ': ' + str(e).replace('\n', ' '))
        """#

    /// tomllib's verdict on each document: `OK <canonical>` or `ERR <message>`.
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
            .appendingPathComponent("toml-differential-\(UUID().uuidString).bin")
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

// MARK: - Differential corpus

/// Valid TOML 1.0 documents covering the corners of the spec.
private let validDocuments: [String] = [
    // Comments and the four scalar kinds.
    """
    # This is a full-line comment
    title = "TOML Example"  # trailing comment
    number = 42
    pi = 3.14
    yes = true
    no = false
    """,
    // Every escape.
    #"s = "tab\there \"quoted\" back\\slash \b\f\n\r é \u00E9 \U0001F600 \u0000 \u007F \U0010FFFF""#,
    // Literal strings (spec examples).
    #"""
    winpath  = 'C:\Users\nodejs\templates'
    winpath2 = '\\ServerX\admin$\system32\'
    quoted   = 'Tom "Dubs" Preston-Werner'
    regex    = '<\i\c*\s*>'
    """#,
    // Multi-line basic strings with line-ending backslashes (spec examples).
    #"""
    str1 = "The quick brown fox jumps over the lazy dog."
    str2 = """
    The quick brown \


      fox jumps over \
        the lazy dog."""
    str3 = """\
           The quick brown \
           fox jumps over \
           the lazy dog.\
           """
    """#,
    // Quotes next to the delimiters (spec examples).
    #"""
    str4 = """Here are two quotation marks: "". Simple enough."""
    str5 = """Here are three quotation marks: ""\"."""
    str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
    str7 = """"This," she said, "is just a pointless statement.""""
    """#,
    // Multi-line literal strings (spec examples).
    #"""
    regex2 = '''I [dw]on't need \d{2} apples'''
    lines  = '''
    The first newline is
    trimmed in raw strings.
       All other whitespace
       is preserved.
    '''
    quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
    apos15 = "Here are fifteen apostrophes: '''''''''''''''"
    str = ''''That,' she said, 'is still pointless.''''
    """#,
    // Integers.
    """
    int1 = +99
    int2 = 42
    int3 = 0
    int4 = -17
    int5 = 1_000
    int6 = 5_349_221
    int7 = 53_49_221
    int8 = 1_2_3_4_5
    hex1 = 0xDEADBEEF
    hex2 = 0xdeadbeef
    hex3 = 0xdead_beef
    oct1 = 0o01234567
    oct2 = 0o755
    bin1 = 0b11010110
    max = 9223372036854775807
    min = -9223372036854775808
    zeros = [-0, +0, 0x0, 0o0, 0b0, 0x00_00]
    hexmax = 0x7FFFFFFFFFFFFFFF
    """,
    // Floats, including rounding and out-of-range exponents.
    """
    flt1 = +1.0
    flt2 = 3.1415
    flt3 = -0.01
    flt4 = 5e+22
    flt5 = 1e06
    flt6 = -2E-2
    flt7 = 6.626e-34
    flt8 = 224_617.445_991_228
    flt9 = -0.0
    flt10 = +0.0
    flt11 = 0.1
    flt12 = 1.7976931348623157e308
    flt13 = 5e-324
    flt14 = 9007199254740993.0
    flt15 = 1e1_0
    flt16 = 0e0
    flt17 = 1e400
    flt18 = 123456789012345678901234567890.5
    flt19 = -1_000.000_1
    flt20 = 1E+5
    """,
    // inf and nan.
    """
    sf1 = inf
    sf2 = +inf
    sf3 = -inf
    sf4 = nan
    sf5 = +nan
    sf6 = -nan
    """,
    // Dates and times.
    """
    odt1 = 1979-05-27T07:32:00Z
    odt2 = 1979-05-27T00:32:00-07:00
    odt3 = 1979-05-27T00:32:00.999999-07:00
    odt4 = 1979-05-27 07:32:00Z
    odt5 = 1979-05-27t07:32:00z
    odt6 = 2023-06-01T12:00:00+05:30
    odt7 = 2023-06-01T12:00:00-00:00
    odt8 = 1979-05-27T07:32:00.1Z
    odt9 = 1979-05-27T07:32:00.1234567890-07:00
    ldt1 = 1979-05-27T07:32:00
    ldt2 = 1979-05-27T00:32:00.999999
    ldt3 = 1979-05-27 00:32:00.5
    ld1 = 1979-05-27
    ld2 = 2000-02-29
    ld3 = 2024-02-29
    ld4 = 1979-05-27 # a date, then a comment
    lt1 = 07:32:00
    lt2 = 00:32:00.999999
    lt3 = 23:59:59.123456789
    lt4 = 00:00:00.000
    """,
    // Arrays (spec examples and more).
    """
    integers = [ 1, 2, 3 ]
    colors = [ "red", "yellow", "green" ]
    nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
    nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
    string_array = [ "all", 'strings', \"\"\"are the same\"\"\", '''type''' ]
    numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
    contributors = [
      "Foo Bar <foo@example.com>",
      { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
    ]
    integers2 = [
      1, 2, 3
    ]
    integers3 = [
      1,
      2, # this is ok
    ]
    empty = []
    empty2 = [ # comment
    ]
    nested_empty = [[[]]]
    mixed = [ [ 1, 2 ], ["a", 'b'], [1.5, {x = 1}], true, 1979-05-27, 07:00:00 ]
    """,
    // Inline tables.
    """
    name = { first = "Tom", last = "Preston-Werner" }
    point = { x = 1, y = 2 }
    animal = { type.name = "pug" }
    nested = { a = { b = { c = 1 } }, d = [ { e = 2 } ] }
    empty = {}
    spaced = {   }
    dotted = { a.b = 1, a.c = 2, "q.k" = 3 }
    """,
    // Table headers, quoted and spaced.
    """
    [table-1]
    key1 = "some string"
    key2 = 123

    [table-2]
    key1 = "another string"
    key2 = 456

    [dog."tater.man"]
    type.name = "pug"

    [a.b.c]            # this is best practice
    [ d.e.f ]          # same as [d.e.f]
    [ g .  h  . i ]    # same as [g.h.i]
    [ j . "ʞ" . 'l' ]  # same as [j."ʞ".'l']
    """,
    // A super-table defined after its sub-table.
    """
    # [x] you
    # [x.y] don't
    # [x.y.z] need these
    [x.y.z.w] # for this to work

    [x] # defining a super-table afterward is ok
    """,
    // Dotted keys.
    """
    name = "Orange"
    physical.color = "orange"
    physical.shape = "round"
    site."google.com" = true
    fruit.name = "banana"     # this is best practice
    fruit. color = "yellow"    # same as fruit.color
    fruit . flavor = "banana"   # same as fruit.flavor
    3.14159 = "pi"
    """,
    // Sub-tables of a table made by dotted keys.
    """
    [fruit]
    apple.color = "red"
    apple.taste.sweet = true

    [fruit.apple.texture]  # you can add sub-tables
    smooth = true
    """,
    // Tables out of order (valid, discouraged).
    """
    [fruit.apple]
    [animal]
    [fruit.orange]
    """,
    // Arrays of tables (spec).
    """
    [[products]]
    name = "Hammer"
    sku = 738594937

    [[products]]  # empty table within the array

    [[products]]
    name = "Nail"
    sku = 284758393

    color = "gray"
    """,
    // Nested arrays of tables (spec).
    """
    [[fruits]]
    name = "apple"

    [fruits.physical]  # subtable
    color = "red"
    shape = "round"

    [[fruits.varieties]]  # nested array of tables
    name = "red delicious"

    [[fruits.varieties]]
    name = "granny smith"


    [[fruits]]
    name = "banana"

    [[fruits.varieties]]
    name = "plantain"
    """,
    // Each array element gets fresh sub-tables.
    """
    [[a]]
    [a.b]
    x = 1
    [[a]]
    [a.b]
    x = 2
    [a.c]
    """,
    // An array of inline tables.
    """
    points = [ { x = 1, y = 2, z = 3 },
               { x = 7, y = 8, z = 9 },
               { x = 2, y = 4, z = 8 } ]
    """,
    // Keys that look like other things.
    #"""
    key = "value"
    bare_key = "value"
    bare-key = "value"
    1234 = "value"
    - = 1
    _ = 2
    true = 3
    false = 4
    inf = 5
    nan = 6
    "127.0.0.1" = "value"
    "character encoding" = "value"
    "ʎǝʞ" = "value"
    'key2' = "value"
    'quoted "value"' = "value"
    "" = "blank"
    a."" = 1
    "\u00e9" = "escaped key"
    """#,
    // A table that only prefixed a header may be extended by dotted keys (as tomllib does).
    """
    [a.b.c]
    z = 1
    [a]
    b.d = 2
    """,
    // No spaces at all.
    """
    a=1
    b="x"#c
    c=[1,2]#d
    d={x=1}
    e=true#f
    """,
    // Tabs as whitespace.
    "\ta\t=\t1\t# tab\n[\tt\t]\n\tb\t=\t[\t1\t,\t2\t]\n",
    // Empty and comment-only documents.
    "",
    "# hello\n\n   \n# bye",
    // Non-ASCII in strings and comments.
    "a = \"日本語\" # コメント ✓\n# 😀\nb = 'ü'",
    // Multi-line basic string corners.
    #"""
    a = """\
    """
    b = """
    """
    c = """ \\ """
    d = """a\"""b"""
    e = """tab	inside"""
    f = """\u0041\U00000042"""
    g = """
      line one \

      \t  line two"""
    h = """\
      """
    """#,
    // Multi-line literal string corners.
    #"""
    a = '''
    '''
    b = '''''a'''''
    c = '''a\b\u0041'''
    d = '''tab	inside'''
    """#,
    // CRLF line endings everywhere, including inside multi-line strings.
    "a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n[t]\r\nc = '''\r\nz'''\r\n# comment\r\nd = \"\"\"\\\r\n  w\"\"\"\r\n",
    // A byte order mark.
    "\u{FEFF}a = 1\n",
    // Spaced array-of-tables headers.
    "[[ a . b ]]\nx = 1\n[[a.b]]\nx = 2\n",
    // Quoted keys in headers.
    "[\"a b\".'c d']\n\"e f\" = 1\n",
    // The same key in different tables.
    "[a]\nb = 1\n[c]\nb = 2\n[c.a]\nb = 3\n",
    // '#' inside strings.
    "a = \"# not a comment\" # but this is\nb = '#'\n",
    // Deep but allowed nesting.
    "a = [[[[[[[[[[1]]]]]]]]]]\nb = {c = {d = {e = {f = [{g = 1}]}}}}\n",
    // Dotted keys in array-of-tables sections.
    "[[a]]\nb.c = 1\nb.d = 2\n[[a]]\nb.c = 3\n",
    // A header below tables made by dotted keys.
    "a.b.c = 1\n[a.b.d]\ne = 2\n",
    // Exponent and fraction forms.
    "a = 1.0e-0\nb = 3e-1_0\nc = 0.0\nd = -0e+0\n",
    // Whitespace-only lines and indentation around everything.
    "   \n\t\n  [ t ]  \n   k   =   'v'   \n  [[ u ]]  # c\n",
    // Array of tables nested under a regular table.
    "[top]\nx = 1\n[[top.list]]\ny = 1\n[[top.list]]\ny = 2\n[top.other]\nz = 3\n",
]

/// Invalid documents: each breaks one rule of TOML 1.0.
private let invalidDocuments: [String] = [
    "a = 1\na = 2",
    "[a]\n[a]",
    "a.b.c = 1\n[a.b]",
    "[a]\nb = 1\n[a.b]",
    "a = {}\n[a]",
    "a = {b = 1}\na.c = 2",
    "a = []\n[[a]]",
    "[[a]]\n[a]",
    "[a]\n[[a]]",
    "[a.b.c]\n  z = 9\n[a]\n  b.c.t = 1",
    "[a.b.c.d]\n  z = 9\n[a]\n  b.c.d.k.t = 1",
    "[fruit]\napple.color = \"red\"\n[fruit.apple]",
    "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.taste]",
    "x = 1 y = 2",
    "a =",
    "a = \"unterminated",
    #"a = "bad \q escape""#,
    #"a = "\uD800""#,
    #"a = "\U00110000""#,
    #"a = "\x41""#,
    #"a = "\u00G0""#,
    "a = 01",
    "a = 1__2",
    "a = _1",
    "a = 1_",
    "a = +0x10",
    "a = 0X10",
    "a = .5",
    "a = 5.",
    "a = 1e",
    "a = 1.e5",
    "a = 1.2.3",
    "a = Inf",
    "a = TRUE",
    "a = truee",
    "a = 0b102",
    "a = 0o8",
    "a = 0b",
    "a = 1979-02-29",
    "a = 1979-04-31",
    "a = 1979-13-01",
    "a = 24:00:00",
    "a = 00:60:00",
    "a = 1979-05-27T25:00:00",
    "a = 1979-05-27T07:32",
    "a = 1979-05-27 07:32",
    "a = 1979-05-27T07:32:00+24:00",
    "a = 1979-05-27T07:32:00Zjunk",
    "a = 2000-01-01T",
    "a = 12:00:00.",
    "a = [1, 2",
    "a = [1 2]",
    "a = [,]",
    "a = [1,,2]",
    "a = {b = 1,}",
    "a = {b = 1\n}",
    "a = {\nb = 1}",
    "a = { b = 1 } c = 2",
    "a = {b.c = 1, b = 2}",
    "a = {x = {}}\n[a.x.y]",
    "[a]]",
    "[[a]",
    "[ [a]]",
    "[[a] ]",
    "[]",
    "[a.]",
    "# \u{01} control character",
    "a = \"\u{7F}\"",
    "a = '\u{08}'",
    "a = '''\u{00}'''",
    #"a = """ \ x""""#,
    #"a = """six"""""""#,
    "é = 1",
    "a.b = 1\na.b.c = 2",
    "a.b = 1\n[a]",
    "\"\"\"key\"\"\" = 1",
    "a = 'multi\nline'",
    "a = \"multi\nline\"",
    "key = # no value",
    "= 1",
    "[[a]]\nb.c = 1\n[a.b]",
    "[a.b]\n[a]\nb = 1",
    "[[a]]\n[[a.b]]\n[a.b]",
    "[a]\n[a.b]\n[a.b]",
    "a = 1\n[a.b]",
    "a = [{b = 1}]\n[a.c]",
]

/// Invalid documents that are not valid UTF-8 or have stray carriage returns.
private let invalidByteDocuments: [[UInt8]] = [
    Array("a = \"".utf8) + [0xFF] + Array("\"".utf8),
    Array("a = \"".utf8) + [0xC3, 0x28] + Array("\"".utf8),
    Array("# ".utf8) + [0xED, 0xA0, 0x80],  // an encoded surrogate
    Array("a = '".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("'".utf8),  // above U+10FFFF
    Array("a = '".utf8) + [0xC0, 0xAF] + Array("'".utf8),  // overlong
    Array("a = 1\rb = 2".utf8),
    Array("a = 1 # comment\r".utf8),
    Array("a = \"x\ry\"".utf8),
    Array("a = \"\"\"x\ry\"\"\"".utf8),
]

// MARK: - Tests

@Suite struct TOMLTests {
    // MARK: Values

    @Test func basicStrings() throws {
        let table = try parse(#"a = "tab\t quote\" slash\\ \b\f\n\r \u00e9 \U0001F600 \u0000" "#)
        #expect(value(table, "a") == .string("tab\t quote\" slash\\ \u{8}\u{C}\n\r é 😀 \u{0}"))
        #expect(try value(parse(#"a = """#), "a") == .string(""))
    }

    @Test func literalStrings() throws {
        let table = try parse(#"a = 'C:\Users\n "x"'"# + "\nb = ''")
        #expect(value(table, "a") == .string(#"C:\Users\n "x""#))
        #expect(value(table, "b") == .string(""))
    }

    @Test func multilineBasicStrings() throws {
        let table = try parse(
            #"""
            a = """
            one
              two"""
            b = """\
                The quick \
                fox."""
            c = """""x"""""
            d = """a\tb"""
            """#)
        #expect(value(table, "a") == .string("one\n  two"))
        #expect(value(table, "b") == .string("The quick fox."))
        #expect(value(table, "c") == .string("\"\"x\"\""))
        #expect(value(table, "d") == .string("a\tb"))
    }

    @Test func multilineLiteralStrings() throws {
        let table = try parse("a = '''\nraw \\n text\n'''\nb = ''''x'''''\n")
        #expect(value(table, "a") == .string("raw \\n text\n"))
        #expect(value(table, "b") == .string("'x''"))
    }

    @Test func multilineStringsNormalizeCRLF() throws {
        let table = try parse("a = \"\"\"\r\nx\r\ny\"\"\"\r\nb = '''x\r\n'''\r\n")
        #expect(value(table, "a") == .string("x\ny"))
        #expect(value(table, "b") == .string("x\n"))
    }

    @Test(arguments: [
        ("+99", Int64(99)), ("42", 42), ("0", 0), ("-17", -17), ("-0", 0), ("+0", 0),
        ("1_000", 1000), ("5_349_221", 5_349_221), ("0xDEADBEEF", 0xDEAD_BEEF), ("0xdead_beef", 0xDEAD_BEEF),
        ("0o755", 0o755), ("0o01234567", 0o01234567), ("0b11010110", 0b1101_0110),
        ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ("0x7FFFFFFFFFFFFFFF", Int64.max), ("0b0", 0),
    ])
    func integers(text: String, expected: Int64) throws {
        #expect(try value(parse("a = \(text)"), "a") == .integer(expected))
    }

    @Test(arguments: [
        ("+1.0", 1.0), ("3.1415", 3.1415), ("-0.01", -0.01), ("5e+22", 5e+22), ("1e06", 1e06),
        ("-2E-2", -2E-2), ("6.626e-34", 6.626e-34), ("224_617.445_991_228", 224_617.445_991_228),
        ("0.1", 0.1), ("1e400", Double.infinity), ("inf", .infinity), ("+inf", .infinity), ("-inf", -.infinity),
        ("5e-324", .leastNonzeroMagnitude), ("1e1_0", 1e10),
    ])
    func floats(text: String, expected: Double) throws {
        #expect(try value(parse("a = \(text)"), "a") == .float(expected))
    }

    @Test func signedZeroAndNaN() throws {
        let table = try parse("a = -0.0\nb = nan\nc = -nan\nd = +nan")
        guard case .float(let zero)? = value(table, "a") else { Issue.record("not a float"); return }
        #expect(zero == 0 && zero.sign == .minus)
        for key in ["b", "c", "d"] {
            guard case .float(let number)? = value(table, key) else { Issue.record("not a float"); return }
            #expect(number.isNaN)
        }
    }

    @Test func booleans() throws {
        let table = try parse("t = true\nf = false")
        #expect(value(table, "t") == .boolean(true))
        #expect(value(table, "f") == .boolean(false))
    }

    @Test(arguments: [
        "1979-05-27T07:32:00Z", "1979-05-27T00:32:00-07:00", "1979-05-27T00:32:00.999999-07:00",
        "1979-05-27 07:32:00Z", "1979-05-27t07:32:00z", "1979-05-27T07:32:00", "1979-05-27 00:32:00.5",
        "1979-05-27", "2000-02-29", "2024-02-29", "07:32:00", "00:32:00.999999999", "23:59:59",
        "0000-01-01", "9999-12-31T23:59:59+23:59",
    ])
    func dateTimesAreKeptAsWritten(text: String) throws {
        #expect(try value(parse("d = \(text) # comment"), "d") == .dateTime(text))
    }

    @Test func arrays() throws {
        let table = try parse(
            """
            a = [ 1, "two", 3.0, [4], { five = 5 }, true, 1979-05-27, ]
            b = [
              # comment
              1,  # one
              2
              ,
            ]
            c = []
            """)
        #expect(value(table, "a").map(canonical) == #"[i:1,s:"two",f:4008000000000000,[i:4],{"five"=i:5},true,ld:1979-05-27]"#)
        #expect(value(table, "b").map(canonical) == "[i:1,i:2]")
        #expect(value(table, "c") == .array([]))
    }

    @Test func inlineTables() throws {
        let table = try parse(#"a = { x = 1, y.z = "s", w = { v = [] } , "q" = {} }"#)
        #expect(value(table, "a").map(canonical) == #"{"x"=i:1,"y"={"z"=s:"s"},"w"={"v"=[]},"q"={}}"#)
    }

    // MARK: Tables

    @Test func tablesAndArraysOfTables() throws {
        let table = try parse(
            """
            [[fruits]]
            name = "apple"
            [fruits.physical]
            color = "red"
            [[fruits.varieties]]
            name = "red delicious"
            [[fruits.varieties]]
            name = "granny smith"
            [[fruits]]
            name = "banana"
            [[fruits.varieties]]
            name = "plantain"
            """)
        #expect(
            canonical(table)
                == #"{"fruits"=[{"name"=s:"apple","physical"={"color"=s:"red"},"varieties"=[{"name"=s:"red delicious"},{"name"=s:"granny smith"}]},{"name"=s:"banana","varieties"=[{"name"=s:"plantain"}]}]}"#
        )
    }

    @Test func entriesKeepDocumentOrder() throws {
        let table = try parse("z = 1\n[m.b]\n[a]\ny = 2\nb = 3\nc.d = 4\n[m]\nx = 1\n")
        #expect(table.entries.map(\.key) == ["z", "m", "a"])
        #expect(value(table, "a").map(canonical) == #"{"y"=i:2,"b"=i:3,"c"={"d"=i:4}}"#)
        #expect(value(table, "m").map(canonical) == #"{"b"={},"x"=i:1}"#)
    }

    @Test func cargoManifest() throws {
        let table = try parse(
            """
            [workspace]
            members = ["crates/*"]
            resolver = "2"

            [workspace.package]
            version = "0.3.1"
            edition = "2021"
            license = "MIT OR Apache-2.0"

            [workspace.dependencies]
            serde = { version = "1.0", features = ["derive"] }

            [package]
            name = "lockstep-demo"
            version.workspace = true
            edition.workspace = true
            authors = ["A <a@example.com>"]

            [dependencies]
            serde.workspace = true
            anyhow = "1"

            [[bin]]
            name = "demo"
            path = "src/main.rs"

            [[bin]]
            name = "demo2"

            [profile.release]
            lto = true
            opt-level = 3
            """)
        #expect(value(table, "workspace.package.version") == .string("0.3.1"))
        #expect(value(table, "package.version.workspace") == .boolean(true))
        #expect(value(table, "package.name") == .string("lockstep-demo"))
        #expect(value(table, "dependencies.serde").map(canonical) == #"{"workspace"=true}"#)
        #expect(value(table, "workspace.dependencies.serde").map(canonical) == #"{"version"=s:"1.0","features"=[s:"derive"]}"#)
        #expect(value(table, "profile.release.opt-level") == .integer(3))
        guard case .array(let bins)? = value(table, "bin") else { Issue.record("bin is not an array"); return }
        #expect(bins.map(\.position) == [pos(23, 1), pos(27, 1)])
        #expect(bins.map { canonical($0.value) } == [#"{"name"=s:"demo","path"=s:"src/main.rs"}"#, #"{"name"=s:"demo2"}"#])
        // `version.workspace`: the implicit `version` table is where `version` is written.
        #expect(entry(table, ["package", "version"])?.keyPosition == pos(15, 1))
        #expect(entry(table, ["package", "version", "workspace"])?.keyPosition == pos(15, 9))
        #expect(entry(table, ["workspace", "package"])?.keyPosition == pos(5, 12))
        #expect(entry(table, ["workspace"])?.keyPosition == pos(1, 2))
    }

    @Test func pyprojectManifest() throws {
        let table = try parse(
            """
            [project]
            name = "tool"
            dependencies = [
              "requests>=2",  # http
              'rich',
            ]
            [project.optional-dependencies]
            test = ["pytest>=8"]
            [tool.ruff.lint]
            select = ["E", "F"]
            """)
        #expect(value(table, "project.dependencies").map(canonical) == #"[s:"requests>=2",s:"rich"]"#)
        #expect(value(table, "tool.ruff.lint.select").map(canonical) == #"[s:"E",s:"F"]"#)
    }

    // MARK: Positions

    @Test func positionsOfKeysAndValues() throws {
        let table = try parse(
            """
            title = "x"
            [server]
              host.name = 'h'
              "é" = "ü"
            [[bin]]
            name = "a"
            [[bin]]
            name = "b"
            [x.y.z]
            [x]
            """)
        #expect(table.entries.map(\.key) == ["title", "server", "bin", "x"])
        #expect(entry(table, ["title"])?.keyPosition == pos(1, 1))
        #expect(node(table, ["title"])?.position == pos(1, 9))
        #expect(entry(table, ["server"])?.keyPosition == pos(2, 2))
        #expect(node(table, ["server"])?.position == pos(2, 1))
        #expect(entry(table, ["server", "host"])?.keyPosition == pos(3, 3))
        #expect(node(table, ["server", "host"])?.position == pos(3, 3))
        #expect(entry(table, ["server", "host", "name"])?.keyPosition == pos(3, 8))
        #expect(node(table, ["server", "host", "name"])?.position == pos(3, 15))
        // Columns count Unicode scalars, not bytes.
        #expect(entry(table, ["server", "é"])?.keyPosition == pos(4, 3))
        #expect(node(table, ["server", "é"])?.position == pos(4, 9))
        #expect(entry(table, ["bin"])?.keyPosition == pos(5, 3))
        guard case .array(let bins)? = node(table, ["bin"])?.value else { Issue.record("bin"); return }
        #expect(node(table, ["bin"])?.position == pos(5, 1))
        #expect(bins.map(\.position) == [pos(5, 1), pos(7, 1)])
        if case .table(let second) = bins[1].value {
            #expect(second.entry("name")?.keyPosition == pos(8, 1))
            #expect(second["name"]?.position == pos(8, 8))
        } else {
            Issue.record("bin[1] is not a table")
        }
        // `x` first appears in `[x.y.z]` and is then defined by `[x]`.
        #expect(entry(table, ["x"])?.keyPosition == pos(10, 2))
        #expect(node(table, ["x"])?.position == pos(10, 1))
        #expect(entry(table, ["x", "y"])?.keyPosition == pos(9, 4))
        #expect(node(table, ["x", "y"])?.position == pos(9, 4))
        #expect(entry(table, ["x", "y", "z"])?.keyPosition == pos(9, 6))
        #expect(node(table, ["x", "y", "z"])?.position == pos(9, 1))
    }

    @Test func positionsInsideArraysAndInlineTables() throws {
        let table = try parse("a = [\n  1,\n  { b = 'é', c = 2 },\n]\n")
        guard case .array(let elements)? = value(table, "a") else { Issue.record("a"); return }
        #expect(elements.map(\.position) == [pos(2, 3), pos(3, 3)])
        guard case .table(let inline) = elements[1].value else { Issue.record("inline"); return }
        #expect(inline.entry("c")?.keyPosition == pos(3, 14))
        #expect(inline["c"]?.position == pos(3, 18))
    }

    @Test func positionsAfterMultilineStringsAndCRLF() throws {
        let table = try parse("a = \"\"\"\r\none\r\ntwo\"\"\"\r\nb = '''\nx\n'''\r\n  c = 1\r\n")
        #expect(entry(table, ["b"])?.keyPosition == pos(4, 1))
        #expect(entry(table, ["c"])?.keyPosition == pos(7, 3))
        #expect(node(table, ["c"])?.position == pos(7, 7))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try TOML.parse([0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8))
        #expect(value(table, "a") == .integer(1))
        #expect(entry(table, ["a"])?.keyPosition == pos(1, 1))
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("a = ?".utf8))?.position == pos(1, 5))
        // Only at the very start.
        #expect(failure("a = 1\n\u{FEFF}b = 2") != nil)
    }

    @Test func stringOverload() throws {
        #expect(try value(TOML.parse("a = 'x'"), "a") == .string("x"))
        #expect(try value(TOML.parse(Array("a = 'x'".utf8)), "a") == .string("x"))
    }

    // MARK: Errors

    @Test(arguments: [
        ("name\n", #"expected '=' after key "name", found end of line"#, 1, 5),
        ("[package]\nname = \"x\"\nversion = \"1\"\nversion = \"2\"", #"duplicate key "version" (first defined at line 3)"#, 4, 1),
        ("a.b = 1\na.b = 2", #"duplicate key "a.b" (first defined at line 1)"#, 2, 3),
        (#"a = "x\q""#, #"invalid escape \q"#, 1, 7),
        ("a = 99999999999999999999", "integer 99999999999999999999 does not fit in 64 bits", 1, 5),
        ("a = -9223372036854775809", "integer -9223372036854775809 does not fit in 64 bits", 1, 5),
        ("a = 0xFFFFFFFFFFFFFFFF", "integer 0xFFFFFFFFFFFFFFFF does not fit in 64 bits", 1, 5),
        ("[a]\n[a]", "table [a] is already defined (at line 1)", 2, 2),
        ("a.b.c = 1\n[a.b]", "table [a.b] is already defined by dotted keys (at line 1)", 2, 4),
        ("a = {b = 1}\na.c = 2", #"cannot add key "a.c": inline table "a" (line 1) cannot be extended"#, 2, 1),
        ("a = [1]\n[[a]]", #"cannot define array of tables [[a]]: key "a" is already an array (at line 1)"#, 2, 3),
        ("[[a]]\n[a]", #"cannot define table [a]: "a" is already an array of tables (at line 1)"#, 2, 2),
        ("[a]\n[[a]]", #"cannot define array of tables [[a]]: "a" is already a table (at line 1)"#, 2, 3),
        ("a = {}\n[a.b]", #"cannot define table [a.b]: inline table "a" (line 1) cannot be extended"#, 2, 2),
        ("[a]\nb = 1\n[a.b.c]", #"cannot define table [a.b.c]: key "a.b" is already an integer (at line 2)"#, 3, 4),
        (
            "[a.b.c]\nz = 9\n[a]\nb.c.t = 1",
            #"cannot add key "b.c.t": table "b.c" is defined by a header (at line 1) and cannot be extended with dotted keys"#,
            4, 3
        ),
        ("a = 1\na.b = 2", #"cannot add key "a.b": key "a" is already an integer (at line 1)"#, 2, 1),
        (#"a = "\uD800""#, #"\uD800 is not a unicode scalar value (surrogates and values above 10FFFF are not allowed)"#, 1, 6),
        (#"a = "\u12""#, #"\u escape needs exactly 4 hexadecimal digits"#, 1, 6),
        ("a = 01", #"leading zeros are not allowed in "01""#, 1, 5),
        ("a = 1__2", "an underscore must be between two digits", 1, 6),
        ("a = 1_", "an underscore must be between two digits", 1, 6),
        ("a = 0x", #"expected hexadecimal digits after "0x""#, 1, 7),
        ("a = +0x1", "an integer with a 0x, 0o or 0b prefix cannot have a sign", 1, 5),
        ("a = 0o8", #"unexpected '8' in octal integer "0o8""#, 1, 7),
        ("a = 1.", "expected a digit in the fractional part, found end of file", 1, 7),
        ("a = 1979-02-29", #"invalid day 29 for month 2 in date "1979-02-29""#, 1, 13),
        ("a = 1979-13-01", #"invalid month 13 in date "1979-13-01""#, 1, 10),
        ("a = 12:60:00", #"invalid minute 60 in "12:60:00""#, 1, 8),
        ("a = 1979-05-27T07:32", "expected ':' in the time, found end of file", 1, 21),
        ("a = 1979-05-27T07:32:00+24:00", #"invalid offset hours 24 in "1979-05-27T07:32:00+24:00""#, 1, 25),
        ("a = [1 2]", "expected ',' or ']' after an array element, found '2'", 1, 8),
        ("a = [1,\n", "unterminated array: expected ']' before the end of the file", 2, 1),
        ("a = {b = 1,}", "a trailing comma is not allowed in an inline table", 1, 12),
        ("a = {b = 1\n}", "an inline table must be on a single line", 1, 11),
        ("a = \"abc", #"unterminated string: expected '"' before the end of the file"#, 1, 9),
        ("a = \"ab\nc\"", "unterminated string: a single-line string cannot span lines", 1, 8),
        ("a = '''ab", #"unterminated multi-line string: expected "'''" before the end of the file"#, 1, 10),
        ("x = 1 y = 2", "expected the end of the line after the value, found 'y'", 1, 7),
        ("[a] b = 1", "expected the end of the line after the table header, found 'b'", 1, 5),
        ("a = abc", #"invalid value "abc" (strings must be quoted)"#, 1, 5),
        ("a = ", "expected a value, found end of file", 1, 5),
        ("a = # x", "expected a value, found '#'", 1, 5),
        ("= 1", "expected a key, a [table] header or a comment, found '='", 1, 1),
        ("é = 1", "expected a key, a [table] header or a comment, found 'é' (U+00E9)", 1, 1),
        ("[a", "expected ']' after the table name, found end of file", 1, 3),
        ("[[a]", "expected ']]' after the table name, found end of file", 1, 5),
        ("[]", "expected a key, found ']'", 1, 2),
        ("a.", "expected a key, found end of file", 1, 3),
        ("\"\"\"k\"\"\" = 1", "a multi-line string cannot be used as a key", 1, 1),
        ("# ok\n# \u{01}", "control character U+0001 is not allowed in a comment", 2, 3),
        ("a = 'x\u{7F}'", "control character U+007F is not allowed in a string (use an escape)", 1, 7),
        ("a = 1\rb = 2", "expected the end of the line after the value, found a carriage return", 1, 6),
        ("a = 1 # c\rb", "a carriage return must be followed by a line feed", 1, 10),
        ("a = \"\"\"x\ry\"\"\"", "a carriage return must be followed by a line feed", 1, 9),
        (#"a = """ \ x""""#, "a line-ending backslash must be followed only by whitespace up to the end of the line, found 'x'", 1, 11),
    ])
    func errors(document: String, message: String, line: Int, column: Int) {
        let error = failure(document)
        #expect(error?.message == message)
        #expect(error?.position == pos(line, column))
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let error = failure(Array("a = \"é".utf8) + [0xFF] + Array("\"".utf8))
        #expect(error?.message == "invalid utf-8 (byte 0xFF)")
        #expect(error?.position == pos(1, 7))
        let second = failure(Array("x = 1\nb = \"日本".utf8) + [0xC3, 0x28] + Array("\"".utf8))
        #expect(second?.message == "invalid utf-8 (byte 0xC3)")
        #expect(second?.position == pos(2, 8))
        // Truncated sequence at the end of the input.
        #expect(failure(Array("# ".utf8) + [0xE2, 0x82])?.position == pos(1, 3))
    }

    @Test func nestingDepthIsCapped() {
        let limit = TOML.maximumDepth
        let deepest = "a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(failure(deepest) == nil)
        let tooDeep = "a = " + String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        let error = failure(tooDeep)
        #expect(error?.message == "values are nested too deeply (more than 128 levels)")
        #expect(error?.position == pos(1, 4 + limit + 1))
        // Inline tables, dotted keys and headers count too; none of these may crash.
        #expect(failure("a = " + String(repeating: "{b=", count: 200) + "1" + String(repeating: "}", count: 200)) != nil)
        #expect(failure(String(repeating: "a.", count: 200) + "a = 1") != nil)
        #expect(failure("[" + String(repeating: "a.", count: 200) + "a]") != nil)
        #expect(failure(String(repeating: "[a]\n", count: 1) + String(repeating: "b.", count: 127) + "c = [[1]]") != nil)
        #expect(failure(String(repeating: "[", count: 1_000_000)) != nil)
        #expect(failure("a = " + String(repeating: "[", count: 1_000_000)) != nil)
    }

    // MARK: Robustness

    @Test func largeDocumentsParse() throws {
        var text = "[table]\n"
        for number in 0..<50_000 {
            text += "key_\(number) = \"value \(number)\" # comment\n"
        }
        text += "array = [" + String(repeating: "1, ", count: 100_000) + "]\n"
        text += "long = '" + String(repeating: "x", count: 1_000_000) + "'\n"
        for _ in 0..<10_000 { text += "[[list]]\nx = 1\n" }
        let clock = ContinuousClock()
        var table = TOMLTable()
        let elapsed = try clock.measure { table = try parse(text) }
        guard case .table(let inner)? = value(table, "table") else { Issue.record("table"); return }
        #expect(inner.entries.count == 50_002)
        guard case .array(let list)? = value(table, "list") else { Issue.record("list"); return }
        #expect(list.count == 10_000)
        #expect(list.last?.position == pos(50_004 + 2 * 9_999, 1))
        // Generous even for a debug build; quadratic behaviour would take minutes.
        #expect(elapsed < .seconds(30))
    }

    @Test func mutatedDocumentsNeverCrash() {
        // Deterministic mutations of a document with every construct; each must either
        // parse or fail with an error, never trap or hang.
        let seed = Array(
            #"""
            # c
            a = "s\t\u00e9" # x
            b = 'l'
            c = """m\
              l"""
            d = '''x'''
            [t.u]
            e = [1, 2.5e3, -inf, 0x1F, 1979-05-27T07:32:00Z, {f.g = true}]
            [[h]]
            i = 07:32:00.5
            """#.utf8)
        let alphabet = Array(#"[]{}=,.'"\#n \trx0_+-:eTZ1"#.utf8) + [0x0D, 0xC3, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var bytes = seed
            for _ in 0..<(1 + next(4)) {
                let at = next(bytes.count)
                switch next(3) {
                case 0: bytes[at] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: at)
                default: bytes.remove(at: at)
                }
            }
            _ = failure(bytes)
        }
    }

    // MARK: Making only some strings

    /// `parse(_:keepingValuesOf:)` reads the whole document as `parse` does: every document
    /// fails with the same error at the same place, or parses to the same tables, keys, kinds
    /// and positions; the strings of kept keys are the same.
    @Test func keepingFailsAndParsesAsTheWholeParse() throws {
        let kept: Set = ["name", "version", "source"]
        var documents = (validDocuments + invalidDocuments).map { Array($0.utf8) } + invalidByteDocuments
        let lock = Array("""
            version = 4

            [[package]]
            name = "koprogo-api"
            version = "1.2.0"
            dependencies = [
             "serde",
             'tokio',
            ]

            [[package]]
            name = "serde"
            version = "1.0.215"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = \"\"\"6513c1ad0b11a9376da888e3e0baa0077f1aed55c17f50e7b2397136129fb88f\"\"\"
            metadata = { note = "x", list = ["a"] }

            """.utf8)
        let alphabet = Array(#"[]{}=,."'\ #0"#.utf8) + [0x0A, 0xC3, 0xFF]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        documents.append(lock)
        for _ in 0..<2000 {
            var bytes = lock
            let at = next(bytes.count)
            switch next(3) {
            case 0: bytes[at] = alphabet[next(alphabet.count)]
            case 1: bytes.insert(alphabet[next(alphabet.count)], at: at)
            default: bytes.remove(at: at)
            }
            documents.append(bytes)
        }
        for document in documents {
            let shown = String(decoding: document.prefix(300), as: UTF8.self)
            switch (Result { () throws(TOMLError) in try TOML.parse(document) },
                    Result { () throws(TOMLError) in try TOML.parse(document, keepingValuesOf: kept) }) {
            case (.failure(let whole), .failure(let partial)):
                #expect(whole == partial, "\(shown)")
            case (.success(let whole), .success(let partial)):
                #expect(shape(whole) == shape(partial), "\(shown)")
                if case .array(let packages)? = whole["package"]?.value, case .array(let read)? = partial["package"]?.value {
                    for (one, other) in zip(packages, read) {
                        guard case .table(let table) = one.value, case .table(let readTable) = other.value else { continue }
                        for key in kept { #expect(table[key] == readTable[key], "\(key) in \(shown)") }
                    }
                }
            case (let whole, let partial):
                Issue.record("whole: \(whole), keeping: \(partial)\n\(shown)")
            }
        }
        let partial = try TOML.parse(lock, keepingValuesOf: kept)
        guard case .array(let packages)? = partial["package"]?.value, case .table(let serde)? = packages.last?.value else {
            Issue.record("no [[package]] array")
            return
        }
        #expect(serde["checksum"]?.value == .string(""))
        #expect(serde["version"]?.value == .string("1.0.215"))
    }

    // MARK: Differential against Python's tomllib

    @Test(.enabled(if: PythonTOML.executable != nil, "needs python3 3.11+ (tomllib)"))
    func agreesWithPythonTomllib() throws {
        let documents = validDocuments.map { Array($0.utf8) } + invalidDocuments.map { Array($0.utf8) }
            + invalidByteDocuments
        let verdicts = try PythonTOML.verdicts(documents)
        try #require(verdicts.count == documents.count)
        for (offset, document) in documents.enumerated() {
            let expectValid = offset < validDocuments.count
            let reference = verdicts[offset]
            let shown = String(decoding: document, as: UTF8.self)
            // The corpus is labelled correctly (tomllib agrees with the label)...
            #expect(reference.hasPrefix(expectValid ? "OK " : "ERR "), "tomllib: \(reference)\n\(shown)")
            // ...and so does this parser, value for value.
            do {
                let table = try TOML.parse(document)
                #expect(reference == "OK " + canonical(table), "document:\n\(shown)")
            } catch {
                #expect(reference.hasPrefix("ERR "), "\(error.position): \(error.message)\ndocument:\n\(shown)")
            }
        }
    }
}
