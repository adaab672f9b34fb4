#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces several files as one step: every new text is written and flushed to disk before the
/// first file is replaced, each replacement is a rename (a file is the old one or the new one,
/// never half), and a failure puts back the files already replaced.
///
/// The new texts are written to unnamed files (`O_TMPFILE`) in each target's folder and named
/// only for the rename; the old files stay open until the end so a roll-back needs no disk space.
/// A process killed between two renames leaves each file old or new and no temporary file behind.
/// (Where the file system has no `O_TMPFILE`, and on macOS, which has none, named temporary files
/// beside the targets are used.)
package enum FileReplacement {
    package struct Failure: Error, Sendable {
        /// What went wrong: `backend/Cargo.toml: Read-only file system`.
        package var reason: String
        /// Files that had been replaced and were put back.
        package var restored: [String]
        /// Files that could not be put back (they hold the new text).
        package var notRestored: [String]
        /// The file the failure is about, and how to clear it when a command can.
        package var path: String?
        package var fix: String?

        package init(reason: String, restored: [String], notRestored: [String], path: String? = nil, code: Int32? = nil) {
            self.reason = reason
            self.restored = restored
            self.notRestored = notRestored
            self.path = path
            switch code {
            case EACCES?: fix = path.map { "make it writable: `chmod u+w \(Self.quote($0))`" }
            case EPERM?: fix = path.map { Self.unlockAdvice(for: $0) }
            case ENOSPC?, EDQUOT?: fix = "free some disk space (`df -h .`)"
            case EROFS?: fix = "the file system is mounted read-only; remount it read-write"
            default: fix = nil
            }
        }

        /// How to clear the flags that keep a file from being replaced even by its owner.
        static func unlockAdvice(for path: String) -> String {
            #if os(Linux)
            "it is immutable or append-only (`lsattr \(quote(path))`); as root: `chattr -i -a \(quote(path))`"
            #else
            "it is locked or append-only (`ls -lO \(quote(path))`); clear that with `chflags nouchg,nouappnd \(quote(path))`"
            #endif
        }

        /// A path as one shell word (the same quoting as Core's ShellQuoting, which this target cannot see).
        static func quote(_ word: String) -> String {
            let plain = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_./-+=:@%,".contains($0)) }
            return plain ? word : "'" + word.replacing("'", with: "'\\''") + "'"
        }
    }

    /// Replaces each file at `path` (absolute or relative to the working directory), which must
    /// still hold `old`, with `new`, keeping its permissions. `unnamedFiles: false` writes named
    /// temporary files even where `O_TMPFILE` works: macOS's way, for the tests to run on Linux.
    package static func replace(_ files: [(path: String, old: [UInt8], new: [UInt8])], unnamedFiles: Bool = true) throws(Failure) {
        var staged: [Staged] = []
        defer { for file in staged { file.close() } }
        for file in files {
            do throws(SystemError) {
                guard try FileSystem.read(file.path) == file.old else {
                    throw SystemError(path: file.path, code: EAGAIN)
                }
                staged.append(try Staged(path: file.path, bytes: file.new, unnamed: unnamedFiles))
            } catch {
                let reason = error.code == EAGAIN ? "\(file.path) changed while the release was prepared" : error.description
                throw Failure(reason: reason, restored: [], notRestored: [], path: file.path, code: error.code)
            }
        }
        var replaced: [Int] = []
        for (index, file) in staged.enumerated() {
            do throws(SystemError) {
                try file.install()
                replaced.append(index)
            } catch {
                var restored: [String] = [], notRestored: [String] = []
                for done in replaced.reversed() {
                    // The old text is written anew: an unlinked file cannot be given its name back.
                    do throws(SystemError) {
                        let old = try Staged(path: files[done].path, bytes: files[done].old, unnamed: unnamedFiles)
                        defer { old.close() }
                        try old.install()
                        restored.append(files[done].path)
                    } catch {
                        notRestored.append(files[done].path)
                    }
                }
                throw Failure(reason: error.description, restored: restored.reversed(), notRestored: notRestored.reversed(),
                              path: file.path, code: error.code)
            }
        }
    }

    /// One target's new text, written to an unnamed file beside it and flushed.
    private struct Staged {
        let path: String
        let fd: Int32
        /// The name of the new text when the file system has no O_TMPFILE (nil: unnamed).
        let namedTemporary: String?

        init(path: String, bytes: [UInt8], unnamed: Bool) throws(SystemError) {
            self.path = path
            let folder = Path.parent(path)
            var info = stat()
            guard stat(path, &info) == 0 else { throw SystemError(path: path) }
            let mode = info.st_mode & 0o7777
            // A file its owner made read-only is not replaced behind their back (root could).
            guard mode & 0o200 != 0 else { throw SystemError(path: path, code: EACCES) }
            var fd: Int32 = -1
            #if os(Linux)
            var hasUnnamedFiles = false
            if unnamed {
                // O_TMPFILE (Linux 3.11; glibc hides it from Swift): __O_TMPFILE | O_DIRECTORY.
                fd = open(folder, 0o20000000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, mode_t(0o600))
                hasUnnamedFiles = !(fd < 0 && [EOPNOTSUPP, EISDIR, EINVAL].contains(errno))
            }
            #else
            let hasUnnamedFiles = false
            #endif
            var temporary: String?
            if !hasUnnamedFiles {
                var template = Array(Path.join(folder, ".\(Path.lastComponent(path)).lockstep-XXXXXX").utf8CString)
                fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                if fd >= 0 {
                    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                    temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                }
            }
            guard fd >= 0 else { throw SystemError(path: path) }
            self.fd = fd
            namedTemporary = temporary
            do throws(SystemError) {
                try Self.write(bytes, to: fd, path: path)
                guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw SystemError(path: path) }
            } catch {
                close()
                throw error
            }
        }

        static func write(_ bytes: [UInt8], to fd: Int32, path: String) throws(SystemError) {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { CLibrary.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SystemError(path: path)
                }
                offset += written
            }
        }

        /// Names the new text and renames it over the target.
        func install() throws(SystemError) {
            let name: String
            if let namedTemporary {
                name = namedTemporary
            } else {
                #if os(Linux)
                name = Path.join(Path.parent(path), ".\(Path.lastComponent(path)).lockstep-\(getpid())")
                unlink(name)
                guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                    throw SystemError(path: path)
                }
                #else
                preconditionFailure("only Linux writes unnamed files")
                #endif
            }
            guard rename(name, path) == 0 else {
                let error = SystemError(path: path)
                unlink(name)
                throw error
            }
            // The folder's entry must reach the disk too, or a crash could bring the old file back.
            let folder = open(Path.parent(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if folder >= 0 {
                fsync(folder)
                CLibrary.close(folder)
            }
        }

        func close() {
            CLibrary.close(fd)
            if let namedTemporary { unlink(namedTemporary) }
        }
    }
}
