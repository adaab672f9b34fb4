#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Calls `body` with the whole file mapped read-only, as git maps its index: no copy, and the
    /// kernel maps 64 KiB of cached file per page fault where a read into fresh memory faults
    /// every 4 KiB. False when the file does not exist; what cannot be mapped (a pipe) is read.
    /// Only for files that are replaced, never rewritten in place (git's lock-and-rename): a
    /// mapped file truncated under the reader would fault.
    /// Not generic: a generic call across modules makes its types at run time, which costs a hook
    /// more than the call.
    package static func withMappedFile(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(SystemError) -> Bool {
        guard let (fd, info) = try openForReading(path) else { return false }
        defer { close(fd) }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, size > 0,
           let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != UnsafeMutableRawPointer(bitPattern: -1) {  // MAP_FAILED
            defer { munmap(address, size) }
            body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
            return true
        }
        // Read from the same open file: reopening the path could find another file, or none.
        try read(fd, info: info, path: path).withUnsafeBufferPointer(body)
        return true
    }
}
