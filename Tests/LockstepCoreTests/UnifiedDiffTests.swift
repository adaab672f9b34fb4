import Testing

@testable import LockstepCore

/// `UnifiedDiff.render(path:old:new:)` trims the shared head and tail on the bytes before it
/// compares lines; the hunks must be those of a diff of every line.
@Suite struct UnifiedDiffTests {
    @Test func trimmingGivesTheHunksOfTheWholeDiff() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["a", "b", "version = \"1.2.0\"", "", "}", "  \"x\": 1,", "b"]
        for round in 0..<500 {
            var old = (0..<next(60)).map { _ in words[next(words.count)] }
            var new = old
            for _ in 0..<next(4) {
                switch next(3) {
                case 0 where !new.isEmpty: new[next(new.count)] = words[next(words.count)] + "!"
                case 1: new.insert(words[next(words.count)], at: next(new.count + 1))
                default: if !new.isEmpty { new.remove(at: next(new.count)) }
                }
            }
            if round % 7 == 0 { old = new }
            let bytes = { (lines: [String]) in Array(lines.map { $0 + "\n" }.joined().utf8) }
            let whole = UnifiedDiff.render(old, new, oldName: "a/f", newName: "b/f")
            #expect(UnifiedDiff.render(path: "f", old: bytes(old), new: bytes(new)) == whole, "\(old) → \(new)")
        }
    }
}
