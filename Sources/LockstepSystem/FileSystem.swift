#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files with plain POSIX calls: Foundation would triple a hook's start-up.
package enum FileSystem {
    /// The whole file, or nil when it does not exist. `limit` bounds what is read from a huge file.
    package static func read(_ path: String, limit: Int = .max) throws(SystemError) -> [UInt8]? {
        guard let (fd, info) = try openForReading(path) else { return nil }
        defer { close(fd) }
        return try read(fd, info: info, path: path, limit: limit)
    }

    /// `path` opened for reading, with its status; nil when nothing is there, an error for a folder.
    static func openForReading(_ path: String) throws(SystemError) -> (fd: Int32, info: stat)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let error = SystemError(path: path)
            if error.isMissing { return nil }
            throw error
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = SystemError(path: path)
            close(fd)
            throw error
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            close(fd)
            throw SystemError(path: path, code: EISDIR)
        }
        return (fd, info)
    }

    /// The open file `fd` (whose status is `info`) read to its end, or to `limit` bytes.
    static func read(_ fd: Int32, info: stat, path: String, limit: Int = .max) throws(SystemError) -> [UInt8] {
        // One buffer of the file's size (plus one byte, to see the end in the same call), not
        // zeroed first: the read fills it. More is read only from a file that grows while it is
        // read, or one whose size stat does not know (a pipe, /proc).
        var failure: SystemError?
        var requested = min(limit, max(0, Int(info.st_size)) + 1)
        var bytes = [UInt8](unsafeUninitializedCapacity: requested) { buffer, count in
            failure = readAll(fd, into: buffer, count: &count, path: path)
        }
        var filled = bytes.count == requested
        while failure == nil, filled, bytes.count < limit {
            requested = min(limit - bytes.count, max(bytes.count, 65536))
            let chunk = [UInt8](unsafeUninitializedCapacity: requested) { buffer, count in
                failure = readAll(fd, into: buffer, count: &count, path: path)
            }
            bytes += chunk
            filled = chunk.count == requested
        }
        if let failure { throw failure }
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; the error of a failed read.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int,
                                path: String) -> SystemError? {
        guard let start = buffer.baseAddress else { return nil }
        while count < buffer.count {
            let read = CLibrary.read(fd, start + count, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                return SystemError(path: path)
            }
            if read == 0 { break }
            count += read
        }
        return nil
    }

    /// Reads standard input to its end.
    package static func readStandardInput() throws(SystemError) -> [UInt8] {
        try read("/dev/stdin") ?? []
    }

    package enum Kind: Sendable { case file, directory, symlink, other }

    /// What is at `path` without following a final symlink; nil when nothing is.
    package static func kind(of path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The size in bytes of what `path` names (following links), nil when nothing is there.
    package static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Where a symbolic link points, as written in the link.
    package static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The names in a directory (no `.` or `..`), unsorted; empty when it cannot be read.
    package static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// A regular file (following links).
    package static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The owner of `path`, or nil when it cannot be read.
    package static func owner(of path: String) -> uid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_uid : nil
    }

    /// The first `count` bytes of a file (fewer when it is shorter), nil when it cannot be read.
    package static func prefix(of path: String, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, count - filled, off_t(filled)) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            filled += read
        }
        return Array(bytes[0..<filled])
    }

    package static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Only the CLI's `-C` changes directory; hooks resolve paths against where git started them.
    package static func changeDirectory(_ path: String) -> Bool {
        if startingDirectory == nil { startingDirectory = currentDirectory() }
        return chdir(path) == 0
    }

    /// The working directory before the first `changeDirectory` (nil until then): where a
    /// relative path this process was started with points (macOS's executable path).
    /// Written once, on the main thread, while the command line is read: before any other thread.
    nonisolated(unsafe) package private(set) static var startingDirectory: String?

    /// The working directory, or nil when it was removed under us.
    package static func currentDirectory() -> String? {
        guard let pointer = getcwd(nil, 0) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
