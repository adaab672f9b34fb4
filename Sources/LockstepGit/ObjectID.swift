internal import CLibgit2

/// A SHA-1 object name: 20 raw bytes, compared and hashed without allocating.
package struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    // The 20 bytes in memory order, split into words so equality and hashing stay cheap.
    private let head: UInt64
    private let middle: UInt64
    private let tail: UInt32

    /// The id of a raw 20-byte name; nil when `bytes` does not hold exactly 20 bytes.
    package init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 20 else { return nil }
        var raw = RawName()
        withUnsafeMutableBytes(of: &raw) { target in
            for (offset, byte) in bytes.enumerated() { target[offset] = byte }
        }
        self.init(raw)
    }

    /// The id written as 40 hexadecimal digits (either case); nil for anything else.
    package init?(hex: some StringProtocol) {
        var utf8 = Array(hex.utf8)
        guard utf8.count == 40 else { return nil }
        let parsed = utf8.withUnsafeMutableBufferPointer { ObjectID(hexDigits: UnsafeRawBufferPointer($0)) }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Parses 40 hex digits at the start of `digits` (as found in raw commit headers).
    init?(hexDigits digits: UnsafeRawBufferPointer) {
        guard digits.count >= 40 else { return nil }
        var raw = RawName()
        var invalid: UInt8 = 0
        withUnsafeMutableBytes(of: &raw) { target in
            for index in 0..<20 {
                let high = Self.nibble(digits[2 * index], invalid: &invalid)
                let low = Self.nibble(digits[2 * index + 1], invalid: &invalid)
                target[index] = high << 4 | low
            }
        }
        guard invalid == 0 else { return nil }
        self.init(raw)
    }

    init(_ oid: git_oid) {
        var raw = RawName()
        withUnsafeBytes(of: oid.id) { source in
            withUnsafeMutableBytes(of: &raw) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: source.prefix(20))) }
        }
        self.init(raw)
    }

    private init(_ raw: RawName) {
        head = raw.head
        middle = raw.middle
        tail = raw.tail
    }

    /// The 20 raw bytes.
    package var bytes: [UInt8] {
        withUnsafeBytes(of: RawName(head: head, middle: middle, tail: tail)) { Array($0) }
    }

    /// The 40 lower-case hexadecimal digits git prints.
    package var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return withUnsafeBytes(of: RawName(head: head, middle: middle, tail: tail)) { source in
            String(unsafeUninitializedCapacity: 40) { target in
                for index in 0..<20 {
                    target[2 * index] = digits[Int(source[index] >> 4)]
                    target[2 * index + 1] = digits[Int(source[index] & 0x0f)]
                }
                return 40
            }
        }
    }

    package var description: String { hex }

    /// The same id as libgit2's struct, for calls that take a `git_oid *`.
    var gitOID: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { target in
            withUnsafeBytes(of: RawName(head: head, middle: middle, tail: tail)) { target.copyMemory(from: $0) }
        }
        return oid
    }

    // SHA-1 output is uniform: its first eight bytes are as good a hash as all twenty.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(head)
    }

    /// A hex digit's value without branches (this runs for every parent of every walked commit);
    /// `invalid` gets a non-zero bit for anything that is not a hex digit.
    @inline(__always)
    private static func nibble(_ digit: UInt8, invalid: inout UInt8) -> UInt8 {
        let isDecimal = digit &- UInt8(ascii: "0") < 10
        let isLetter = (digit | 0x20) &- UInt8(ascii: "a") < 6
        invalid |= (isDecimal || isLetter) ? 0 : 1
        return (digit & 0x0f) &+ (digit >> 6) &* 9
    }
}

/// 20 bytes laid out as the words ObjectID stores.
private struct RawName {
    var head: UInt64 = 0
    var middle: UInt64 = 0
    var tail: UInt32 = 0
}
