import LockstepCore
import LockstepFuzzDriver
import LockstepFuzzSupport

/// A commit message file after git's cleanup (`CommitMessage(bytes:…)`), judged by every commit
/// rule. The first byte picks the cleanup mode, `core.commentChar` and the encoding. Never a
/// crash; line numbers rise and name lines of the file; header, body and footers partition the
/// kept lines; every column points into its line; and cleaning the cleaned text again changes
/// nothing (with a fixed comment character: `auto` may rightly pick another one the second time).
/// Every commit rule with the default configuration, prepared once.
private let rules = MessageCheck(config: Config())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (selector, bytes) = split(input(data, size))
    let mode = CleanupMode.allCases[Int(selector & 3)]
    let comments: [CommentChar] = [.standard, .character(";"), .auto, .character("é")]
    let commentChar = comments[Int(selector >> 2 & 3)]
    let encoding = selector & 0x10 != 0 ? "latin1" : nil
    let message = CommitMessage(bytes: bytes, encoding: encoding, cleanup: mode, commentChar: commentChar)

    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    var previous = 0
    for line in message.lines {
        require(line.number > previous && line.number <= lineCount, "line \(line.number) after \(previous) of \(lineCount)")
        previous = line.number
    }
    if let bad = message.firstUndecodableLine { require(message.lines.contains { $0.number == bad }, "undecodable line \(bad) not kept") }
    require(Array(message.lines.dropFirst()) == message.body + message.footerLines, "body and footers do not partition the lines")
    for footer in message.footers { require(message.footerLines.contains { $0.number == footer.line }, "footer on line \(footer.line)") }
    if mode != .verbatim {
        require(message.lines.first?.isBlank != true && message.lines.last?.isBlank != true, "blank first or last line kept")
        for (above, below) in zip(message.lines, message.lines.dropFirst()) {
            require(!(above.isBlank && below.isBlank), "two blank lines kept at \(above.number)")
        }
    }
    if let header = message.headerLine {
        let width = header.text.count + 1
        switch message.header {
        case .success(let parsed):
            for column in [parsed.typeColumn, parsed.scopeColumn, parsed.colonColumn, parsed.descriptionColumn] {
                if let column { require(column >= 1 && column <= width, "header column \(column) of \(width)") }
            }
        case .failure(let problem): require(problem.column >= 1 && problem.column <= width, "problem column \(problem.column)")
        case nil: require(false, "a header line without a parsed header")
        }
    }
    for diagnostic in rules.run(message) {
        guard let number = diagnostic.line else { continue }
        require(number >= 1 && number <= lineCount + 1, "\(diagnostic.rule) on line \(number) of \(lineCount)")
        if let column = diagnostic.column, let line = message.lines.first(where: { $0.number == number }) {
            require(column >= 1 && column <= line.text.unicodeScalars.count + 1, "\(diagnostic.rule) at \(number):\(column)")
        }
    }
    if mode != .verbatim, commentChar != .auto, encoding == nil {
        let cleaned = message.lines.map(\.text).joined(separator: "\n")
        let again = CommitMessage(bytes: Array(cleaned.utf8), cleanup: mode, commentChar: commentChar)
        require(again.lines.map(\.text) == message.lines.map(\.text), "cleaning twice changed the message")
    }
    return 0
}

/// The executable's `main` (see FuzzDriver.h).
@_cdecl("fuzz_message_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lockstep_fuzz_main(argc, argv, fuzzMessage)
}
