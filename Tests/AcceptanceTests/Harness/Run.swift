import Foundation
import Testing

/// What a finished process left behind.
struct RunResult: Sendable, CustomStringConvertible {
    var command: String
    var status: Int32
    var stdoutData: Data
    var stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Both streams, for checks that do not care where a line went.
    var output: String { stdout + stderr }

    var description: String {
        "`\(command)` exited \(status)\n--- stdout ---\n\(stdout.prefix(4000))\n--- stderr ---\n\(stderr.prefix(4000))"
    }
}

enum RunError: Error, CustomStringConvertible {
    case timedOut(String)
    var description: String {
        switch self { case .timedOut(let command): "timed out: \(command)" }
    }
}

/// Runs `executable` (an absolute path, or a name looked up in `environment["PATH"]`) with exactly
/// `environment`, in `directory`, with `stdin` (or /dev/null), and waits for it.
func run(_ executable: String, _ arguments: [String], in directory: URL, environment: [String: String],
         stdin: Data? = nil, timeout: TimeInterval = 300) throws -> RunResult {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lockstep-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? out.close(); try? err.close() }

    let process = Process()
    if executable.hasPrefix("/") {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
    } else {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
    }
    process.currentDirectoryURL = directory
    process.environment = environment
    process.standardOutput = out
    process.standardError = err
    if let stdin {
        let inURL = scratch.appendingPathComponent("stdin")
        try stdin.write(to: inURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
        process.standardInput = FileHandle.nullDevice
    }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    let command = ([executable] + arguments).map { $0.count > 200 ? String($0.prefix(200)) + "…" : $0 }.joined(separator: " ")
    try process.run()
    if finished.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        _ = finished.wait(timeout: .now() + 10)
        throw RunError.timedOut(command)
    }
    return RunResult(command: command, status: process.terminationStatus,
                     stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
}
