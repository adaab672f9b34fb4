internal import CLibgit2
import LockstepSystem

extension Repository {
    /// The abbreviation `git rev-parse --short` prints: `core.abbrev` characters (default
    /// "auto": about half the bits of the packed object count, at least 7), lengthened until no
    /// other object shares the prefix. The full id when `core.abbrev` is false/no/off, or when
    /// the object store cannot answer.
    package func shortID(of id: ObjectID) -> String {
        let full = id.hex
        var length = abbreviationLength()
        var oid = id.gitOID
        while length < 40 {
            var found = git_oid()
            guard git_odb_exists_prefix(&found, objects, &oid, length) == GIT_EAMBIGUOUS.rawValue else { break }
            length += 1
        }
        return String(full.prefix(length))
    }

    private func abbreviationLength() -> Int {
        let configured = (try? configString("core.abbrev")) ?? nil
        if let configured, configured.lowercased() != "auto" {
            if GitEnvironment.bool(configured) == false, Int(configured) == nil { return 40 }
            if let length = Int(configured), (4...40).contains(length) { return length }
        }
        // git's repo_find_unique_abbrev_r: len = ceil((msb(count) + 1) / 2), at least 7.
        let count = packedObjectCount()
        var bits = 0
        var rest = count >> 1
        while rest > 0 {
            bits += 1
            rest >>= 1
        }
        return max(7, (bits + 2) / 2)
    }

    /// git's repo_approximate_object_count: the objects in every pack index, loose ones ignored.
    private func packedObjectCount() -> Int {
        var total = 0
        for directory in objectDirectories {
            let packs = directory + "/pack"
            for name in FileSystem.names(in: packs).sorted() where name.hasSuffix(".idx") {
                total += Self.objectCount(ofPackIndex: packs + "/" + name)
            }
        }
        return total
    }

    /// The last fan-out entry of a pack index: version 2 starts with "\377tOc" and a version.
    private static func objectCount(ofPackIndex path: String) -> Int {
        guard let bytes = FileSystem.prefix(of: path, count: 1032), bytes.count >= 1024 else { return 0 }
        let isVersion2 = bytes.starts(with: [0xff, 0x74, 0x4f, 0x63])
        let offset = (isVersion2 ? 8 : 0) + 255 * 4
        guard bytes.count >= offset + 4 else { return 0 }
        return bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }
}
