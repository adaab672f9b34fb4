/// `diff -u` of two texts, by lines (Myers' O(ND) algorithm): what `release prepare --dry-run`
/// prints, and what a down migration left behind in a schema. Lines keep their endings, so a CRLF
/// file shows CRLF lines and a missing final newline gets diff's `\ No newline at end of file`.
package enum UnifiedDiff {
    /// Two versions of a file, as `git diff` names them (`a/PATH`, `b/PATH`).
    package static func render(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        render(Lines(old), Lines(new), oldName: "a/\(path)", newName: "b/\(path)", context: context)
    }

    /// Two lists of lines (without their endings), under the names given.
    package static func render(_ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        let joined = { (lines: [String]) in Lines(Array(lines.map { $0 + "\n" }.joined().utf8)) }
        return render(joined(old), joined(new), oldName: oldName, newName: newName, context: context)
    }

    /// A text's lines as ranges of its bytes, each with its ending: a 20,000-line lock file is
    /// compared without copying a line.
    struct Lines {
        let bytes: [UInt8]
        let ranges: [Range<Int>]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var ranges: [Range<Int>] = []
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                for index in buffer.indices where buffer[index] == 0x0A {
                    ranges.append(start..<(index + 1))
                    start = index + 1
                }
                if start < buffer.count { ranges.append(start..<buffer.count) }
            }
            self.ranges = ranges
        }

        var count: Int { ranges.count }

        subscript(line: Int) -> ArraySlice<UInt8> { bytes[ranges[line]] }

        static func same(_ a: Lines, _ i: Int, _ b: Lines, _ j: Int) -> Bool {
            let left = a.ranges[i], right = b.ranges[j]
            guard left.count == right.count else { return false }
            return a.bytes.withUnsafeBufferPointer { x in
                b.bytes.withUnsafeBufferPointer { y in
                    var i = left.lowerBound, j = right.lowerBound
                    while i < left.upperBound, x[i] == y[j] { i += 1; j += 1 }
                    return i == left.upperBound
                }
            }
        }
    }

    private static func render(_ a: Lines, _ b: Lines, oldName: String, newName: String, context: Int) -> String {
        let script = editScript(a.count, b.count) { Lines.same(a, $0, b, $1) }
        guard script.contains(where: { $0 != .same }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        // Walk the script, grouping changes whose context overlaps into hunks.
        var index = 0
        var oldLine = 0, newLine = 0
        var positions: [(Int, Int)] = []
        positions.reserveCapacity(script.count)
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

    private static func show(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? text : text + "\n\\ No newline at end of file\n"
    }

    enum Step: Equatable { case same, delete, insert }

    /// The shortest edit script from `a` to `b` (Myers 1986), after the common head and tail; lines
    /// are compared by `same(lineOfA, lineOfB)`.
    static func editScript(_ aCount: Int, _ bCount: Int, same: (Int, Int) -> Bool) -> [Step] {
        var head = 0
        while head < aCount, head < bCount, same(head, head) { head += 1 }
        var tail = 0
        while tail < aCount - head, tail < bCount - head, same(aCount - 1 - tail, bCount - 1 - tail) { tail += 1 }
        let n = aCount - head - tail, m = bCount - head - tail, maximum = n + m
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        var middle: [Step] = []
        search: for d in 0...maximum {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1])) ? v[maximum + k + 1] : v[maximum + k - 1] + 1
                var j = i - k
                while i < n, j < m, same(head + i, head + j) { i += 1; j += 1 }
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
