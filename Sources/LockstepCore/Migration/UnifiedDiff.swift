/// A unified diff (`diff -u` style, 3 lines of context) between two lists of lines, for showing
/// what a down migration left behind. Common head and tail are cut first; the middle, usually a
/// few lines, is aligned by longest common subsequence (above 4 million cells it is shown as
/// removed then added, still correct, only less tidy).
package enum UnifiedDiff {
    package static func render(_ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        let edits = self.edits(old, new)
        guard edits.contains(where: { $0.kind != " " }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        let changes = edits.indices.filter { edits[$0].kind != " " }
        var group = 0
        while group < changes.count {
            var last = group
            // One hunk while the unchanged run between two changes is at most twice the context.
            while last + 1 < changes.count, changes[last + 1] - changes[last] <= 2 * context + 1 { last += 1 }
            let hunk = edits[max(0, changes[group] - context)..<min(edits.count, changes[last] + 1 + context)]
            let oldCount = hunk.filter { $0.kind != "+" }.count, newCount = hunk.filter { $0.kind != "-" }.count
            let oldStart = hunk[hunk.startIndex].oldLine, newStart = hunk[hunk.startIndex].newLine
            output += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for edit in hunk { output += "\(edit.kind)\(edit.text)\n" }
            group = last + 1
        }
        return output
    }

    private struct Edit {
        let kind: Character
        let text: String
        /// 1-based line in the old and new list where this edit stands.
        let oldLine: Int, newLine: Int
    }

    private static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        var edits: [Edit] = []
        var oldLine = 1, newLine = 1
        func keep(_ text: String) { edits.append(Edit(kind: " ", text: text, oldLine: oldLine, newLine: newLine)); oldLine += 1; newLine += 1 }
        func remove(_ text: String) { edits.append(Edit(kind: "-", text: text, oldLine: oldLine, newLine: newLine)); oldLine += 1 }
        func add(_ text: String) { edits.append(Edit(kind: "+", text: text, oldLine: oldLine, newLine: newLine)); newLine += 1 }
        old[..<prefix].forEach(keep)
        if a.count * b.count > 4_000_000 {
            a.forEach(remove)
            b.forEach(add)
        } else {
            // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
            var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] { keep(a[i]); i += 1; j += 1 }
                // Removals first, as diff prints them.
                else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] { remove(a[i]); i += 1 }
                else { add(b[j]); j += 1 }
            }
        }
        old[(old.count - suffix)...].forEach(keep)
        return edits
    }
}
