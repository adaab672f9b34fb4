import Glibc

/// The clocks `check migrations` and `migration new` read (Core never reads a clock).
package enum SystemClock {
    /// Seconds on the monotonic clock, for durations.
    package static var monotonic: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds since the epoch.
    package static var epochSeconds: Int { Int(time(nil)) }

    /// The current UTC date and time: year, month (1–12), day, hour, minute, second.
    package static func utcNow() -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// This process's id (names scratch databases; watchdogs wait for it to end).
    package static var processID: Int32 { getpid() }
}
