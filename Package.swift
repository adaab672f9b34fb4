// swift-tools-version:6.0
import PackageDescription

/// Debian's libgit2-dev ships libgit2.a and, through its dependencies, the static libraries it
/// needs: linked statically, a hook no longer loads ~20 shared libraries at every start (half its
/// start-up). GSSAPI (only for HTTP Negotiate) has no static library in Debian; CNoNetwork defines
/// its few functions away, with libgit2's network set-up. `--allow-multiple-definition` lets those
/// definitions, linked first, win over the archives' own.
/// Linux only (GNU ld flags, Debian's archives): on macOS, Homebrew's shared libgit2 is linked
/// with the flags pkg-config gives for it (CLibgit2 below).
let libgit2Static: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--allow-multiple-definition", "-Xlinker", "-Bstatic"]
        + ["git2", "mbedtls", "mbedx509", "mbedcrypto", "http_parser", "ssh2", "crypto", "pcre2-8", "z"].flatMap { ["-Xlinker", "-l\($0)"] }
        + ["-Xlinker", "-Bdynamic", "-Xlinker", "-lrt"], .when(platforms: [.linux])),
]

/// libgit2's headers and library. Linux: Debian's libgit2-dev (headers in /usr/include), not
/// through pkg-config, which would put the shared `-lgit2` ahead of the static archive
/// LockstepGit links (see above). macOS: Homebrew's, found through its libgit2.pc (the manifest
/// is read on the machine that builds, so `os(macOS)` is the host's system).
#if os(macOS)
let libgit2 = Target.systemLibrary(name: "CLibgit2", pkgConfig: "libgit2", providers: [.brew(["libgit2"])])
#else
let libgit2 = Target.systemLibrary(name: "CLibgit2", providers: [.apt(["libgit2-dev"])])
#endif

let package = Package(
    name: "Lockstep",
    // Only Apple platforms read this: macOS 13 for the standard library's string searching
    // (`replacing`, `firstRange(of:)`) and clocks the sources use.
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lockstep", targets: ["lockstep"]),
        .executable(name: "lockstep-cli", targets: ["lockstep-cli"]),
        .executable(name: "lockstep-hook", targets: ["lockstep-hook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        /// Mustache templates for `release announce`; lockstep-cli only, never the hook executables.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        libgit2,
        /// Replaces libgit2's network set-up (mbedTLS seeding and CA bundle, OpenSSL via libssh2) and
        /// GSSAPI with no-ops: ~7 ms and six shared libraries per start-up. Safe because Lockstep
        /// never fetches, pushes or clones through libgit2; a TLS stream would fail, closed.
        /// Linux only: it replaces symbols of Debian's static archives (its C files are empty elsewhere).
        .target(name: "CNoNetwork"),
        /// git's blob id of bytes with OpenSSL's SHA-1 (Linux; elsewhere it says it has none).
        .target(name: "CBlobID"),
        /// Pure logic: parsers, rules, diagnostics, config, rendering. No I/O, no libgit2.
        .target(name: "LockstepCore"),
        /// Start-up code linked into every executable: a clear message, not the Swift runtime's
        /// abort, where /proc is not mounted (Linux); glibc's malloc kept from mmap for each big buffer.
        .target(name: "CStartCheck"),
        /// The few POSIX calls the executables need (files, environment, exec), without Foundation.
        .target(name: "LockstepSystem", dependencies: ["CStartCheck"]),
        /// The only code that touches libgit2: repositories, config, revision walks, commits.
        .target(name: "LockstepGit",
                dependencies: ["CLibgit2", .target(name: "CNoNetwork", condition: .when(platforms: [.linux])), "CBlobID", "LockstepCore", "LockstepSystem"],
                linkerSettings: libgit2Static),
        /// Entry points shared by the hooks and the CLI: gather inputs, run Core's checks, report.
        .target(name: "LockstepChecks", dependencies: ["LockstepCore", "LockstepSystem"]),
        /// Checks that read a repository through libgit2: commit ranges (later trees, refs, tags).
        .target(name: "LockstepGitChecks", dependencies: ["LockstepChecks", "LockstepCore", "LockstepGit", "LockstepSystem"]),
        /// `lockstep`: the fast front door. Runs hook paths that need neither libgit2 nor the
        /// argument parser itself and hands every other command to `lockstep-cli`.
        .executableTarget(name: "lockstep", dependencies: ["LockstepChecks", "LockstepCore", "LockstepSystem"]),
        /// `lockstep-hook`: the hooks that read the repository (pre-commit, pre-merge-commit), with
        /// libgit2 but without the argument parser; the hook wrappers start it directly.
        .executableTarget(
            name: "lockstep-hook",
            dependencies: ["LockstepChecks", "LockstepCore", "LockstepGitChecks", "LockstepSystem"]),
        /// `lockstep-cli`: the full command line (swift-argument-parser, libgit2).
        .executableTarget(
            name: "lockstep-cli",
            dependencies: [
                "LockstepChecks", "LockstepCore", "LockstepGit", "LockstepGitChecks", "LockstepSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .testTarget(name: "LockstepCoreTests", dependencies: ["LockstepCore"]),
        .testTarget(name: "LockstepGitTests", dependencies: ["LockstepGit", "LockstepCore"]),
        .testTarget(name: "AcceptanceTests", dependencies: ["lockstep", "lockstep-cli", "lockstep-hook"]),
    ],
    swiftLanguageModes: [.v6]
)

/// libFuzzer harnesses, one per parser that reads user bytes (docs/fuzzing.md). Declared only with
/// LOCKSTEP_FUZZ=1 (`scripts/fuzz` sets it and builds them into .build-fuzz with
/// `-sanitize=fuzzer,address`), so the normal build, the tests and the architecture table never see them.
if Context.environment["LOCKSTEP_FUZZ"] == "1" {
    let support = "LockstepFuzzSupport", driver = "LockstepFuzzDriver"
    package.targets.append(.target(name: driver, path: "Fuzz/Driver"))
    package.targets.append(.target(name: support, dependencies: [.target(name: driver)], path: "Fuzz/Support"))
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("fuzz-message", ["LockstepCore"]),
        ("fuzz-toml", ["LockstepCore"]),
        ("fuzz-json", ["LockstepCore"]),
        ("fuzz-changelog", ["LockstepCore"]),
        ("fuzz-semver", ["LockstepCore"]),
        ("fuzz-gitconfig", ["LockstepCore"]),
        ("fuzz-index", ["LockstepGit"]),
    ]
    for harness in harnesses {
        // No main.swift: each harness defines `<module>_main` (FuzzDriver.h says why).
        package.targets.append(.executableTarget(
            name: harness.name, dependencies: harness.dependencies + [.target(name: support), .target(name: driver)],
            path: "Fuzz/Harnesses/\(harness.name)", swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
        package.products.append(.executable(name: harness.name, targets: [harness.name]))
    }
}
