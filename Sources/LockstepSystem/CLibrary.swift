#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library calls whose spelling differs between glibc and Darwin, in one place: the rest of
/// LockstepSystem calls these and stays the same on Linux and macOS.
enum CLibrary {
    // `read`, `write` and `close` under a name no type here shadows (`ProcessContext.write`,
    // `Staged.close`): `Glibc.write` would name one platform's module.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    @discardableResult
    static func close(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.close(fd)
        #else
        Darwin.close(fd)
        #endif
    }

    /// The process's environment block. Darwin keeps `environ` out of its Swift module; crt_externs.h's
    /// `_NSGetEnviron()` is the documented way there.
    static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        #if canImport(Glibc)
        environ
        #else
        darwinEnvironment().pointee
        #endif
    }

    // Spawn file actions and attributes: structs in glibc; on Darwin opaque pointers that the
    // `_init` functions fill in, so the variables passed to them are optional.
    #if canImport(Glibc)
    typealias SpawnFileActions = posix_spawn_file_actions_t
    typealias SpawnAttributes = posix_spawnattr_t
    #else
    typealias SpawnFileActions = posix_spawn_file_actions_t?
    typealias SpawnAttributes = posix_spawnattr_t?
    #endif

    /// Spawn file actions before `posix_spawn_file_actions_init`.
    static func emptySpawnFileActions() -> SpawnFileActions {
        #if canImport(Glibc)
        posix_spawn_file_actions_t()
        #else
        nil
        #endif
    }

    /// Spawn attributes before `posix_spawnattr_init`.
    static func emptySpawnAttributes() -> SpawnAttributes {
        #if canImport(Glibc)
        posix_spawnattr_t()
        #else
        nil
        #endif
    }

    /// `POSIX_SPAWN_SETSID`: a new session for the child. glibc 2.26+ has it as 0x80 but hides it
    /// from Swift behind _GNU_SOURCE; Darwin's is 0x400 (0x80 there is START_SUSPENDED).
    static var spawnNewSession: Int16 {
        #if canImport(Glibc)
        0x80
        #else
        0x400
        #endif
    }
}

#if !canImport(Glibc) && canImport(Darwin)
/// crt_externs.h, declared here rather than trusted to reach Swift through the Darwin module.
@_silgen_name("_NSGetEnviron")
private func darwinEnvironment() -> UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
#endif
