/// `diff -u` of two texts, by lines (Myers' O(ND) algorithm): what `release prepare --dry-run`
/// prints, and what a down migration left behind in a schema. Lines keep their endings, so a CRLF
/// file shows CRLF lines and a missing final newline gets diff's `\ No newline at end of file`.
package enum UnifiedDiff {
    /// Two versions of a file, as `git diff` names them (`a/PATH`, `b/PATH`).
    package static func render(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        render(lines(old), lines(new), oldName: "a/\(path)", newName: "b/\(path)", context: context)
    }

    /// Two lists of lines (without their endings), under the names given.
    package static func render(_ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        let line = { (text: String) in Array(text.utf8) + [0x0A] }
        return render(old.map(line), new.map(line), oldName: oldName, newName: newName, context: context)
    }

    private static func render(_ a: [[UInt8]], _ b: [[UInt8]], oldName: String, newName: String, context: Int) -> String {
        let script = editScript(a, b)
        guard script.contains(where: { $0 != .same }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        // Walk the script, grouping changes whose context overlaps into hunks.
        var index = 0
        var oldLine = 0, newLine = 0
        var positions: [(Int, Int)] = []
        for step in script {
            positions.append((oldLine, newLine))
            switch step {
            case .same: oldLine += 1; newLine += 1
            case .delete: oldLine += 1
            case .insert: newLine += 1
            }
        }
        while index < script.count {
            guard script[index] != .same else { index += 1; continue }
            var start = index
            var contextBefore = 0
            while start > 0, script[start - 1] == .same, contextBefore < context { start -= 1; contextBefore += 1 }
            var end = index
            while end < script.count {
                if script[end] != .same { end += 1; continue }
                var run = 0
                while end + run < script.count, script[end + run] == .same { run += 1 }
                if end + run == script.count || run > 2 * context { end += min(run, context); break }
                end += run
            }
            let (oldStart, newStart) = positions[start]
            var body = ""
            var oldCount = 0, newCount = 0
            for position in start..<end {
                let (o, n) = positions[position]
                switch script[position] {
                case .same: body += " " + show(a[o]); oldCount += 1; newCount += 1
                case .delete: body += "-" + show(a[o]); oldCount += 1
                case .insert: body += "+" + show(b[n]); newCount += 1
                }
            }
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n" + body
            index = end
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        let first = count == 0 ? start : start + 1
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    private static func show(_ line: [UInt8]) -> String {
        let text = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? text : text + "\n\\ No newline at end of file\n"
    }

    private static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            result.append(Array(bytes[start..<end]))
            start = end
        }
        return result
    }

    enum Step: Equatable { case same, delete, insert }

    /// The shortest edit script from `a` to `b` (Myers 1986), after the common head and tail.
    static func editScript(_ a: [[UInt8]], _ b: [[UInt8]]) -> [Step] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        let n = x.count, m = y.count, maximum = n + m
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        var middle: [Step] = []
        search: for d in 0...maximum {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1])) ? v[maximum + k + 1] : v[maximum + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[maximum + k] = i
                if i >= n, j >= m { break search }
            }
        }
        // Backtrack through the saved frontiers.
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) where d > 0 || i > 0 || j > 0 {
            let frontier = trace[d]
            let k = i - j
            let down = k == -d || (k != d && frontier[maximum + k - 1] < frontier[maximum + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousI = frontier[maximum + previousK]
            let previousJ = previousI - previousK
            while i > previousI, j > previousJ { middle.append(.same); i -= 1; j -= 1 }
            if d > 0 {
                if down { middle.append(.insert); j -= 1 } else { middle.append(.delete); i -= 1 }
            }
        }
        return Array(repeating: .same, count: head) + middle.reversed() + Array(repeating: .same, count: tail)
    }
}
