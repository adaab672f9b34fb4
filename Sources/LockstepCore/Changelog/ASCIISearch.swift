extension Collection where Element == UInt8 {
    /// Whether the bytes contain `needle` (ASCII, given in lower case), ignoring ASCII case.
    /// Changelog lines are scanned thousands of times; the generic string search costs far more.
    func containsASCIICaseInsensitive(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first, count >= pattern.count else { return pattern.isEmpty }
        var start = startIndex
        while start != endIndex {
            if self[start] | 0x20 == first | 0x20 || self[start] == first {
                var candidate = start, offset = 0
                while offset < pattern.count, candidate != endIndex, Self.lowered(self[candidate]) == pattern[offset] {
                    formIndex(after: &candidate)
                    offset += 1
                }
                if offset == pattern.count { return true }
            }
            formIndex(after: &start)
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
