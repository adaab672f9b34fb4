#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch folders for `check migrations` (a throwaway PostgreSQL cluster, psql's files).
package enum TemporaryDirectory {
    /// A new empty folder under `$TMPDIR` (or /tmp), mode 0700.
    package static func make(prefix: String) throws(SystemError) -> String {
        let base = ProcessContext.environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array(Path.join(base, prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SystemError(path: base)
        }
        return String(cString: made)
    }

    /// Removes a folder and everything in it, without following symbolic links; what cannot be
    /// removed is left.
    package static func remove(_ path: String) {
        if FileSystem.kind(of: path) == .directory {
            for name in FileSystem.names(in: path) { remove(Path.join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Writes `bytes` to a new file (mode 0644), replacing what was there.
    package static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError(path: path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { CLibrary.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 { if errno == EINTR { continue }; throw SystemError(path: path) }
            offset += written
        }
    }

    /// Hands a folder to another user (the PostgreSQL server refuses to run as root).
    package static func giveOwnership(of path: String, toUser name: String) throws(SystemError) {
        guard let entry = getpwnam(name) else { throw SystemError(path: path, code: ENOENT) }
        guard chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else { throw SystemError(path: path) }
    }

    /// Makes a folder (mode 0755); false when it cannot.
    package static func makeFolder(_ path: String) -> Bool { mkdir(path, 0o755) == 0 }

    package static var isRoot: Bool { geteuid() == 0 }
}
