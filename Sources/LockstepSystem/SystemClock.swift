#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The clocks `check migrations`, `migration new` and `release announce` read (Core never reads a
/// clock).
package enum SystemClock {
    /// Seconds on the monotonic clock, for durations.
    package static var monotonic: Double {
        #if os(Linux)
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        #else
        // Darwin's clockid_t is a C enum whose CLOCK_* macros Swift may not see: the standard
        // library's clock instead, counted from the first reading (only differences matter).
        let (seconds, attoseconds) = start.duration(to: SuspendingClock.now).components
        return Double(seconds) + Double(attoseconds) / 1e18
        #endif
    }

    #if !os(Linux)
    private static let start = SuspendingClock.now
    #endif

    /// Seconds since the epoch.
    package static var epochSeconds: Int { Int(time(nil)) }

    /// The current UTC date and time: year, month (1–12), day, hour, minute, second.
    package static func utcNow() -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Now, in UTC, to the minute: `2025-11-10 10:00 UTC` (an announcement's "Posted:" line).
    package static func utcMinute() -> String {
        let now = utcNow()
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(now.year, 4))-\(pad(now.month, 2))-\(pad(now.day, 2)) \(pad(now.hour, 2)):\(pad(now.minute, 2)) UTC"
    }

    /// This process's id (names scratch databases; watchdogs wait for it to end).
    package static var processID: Int32 { getpid() }
}

/// Today's date where the user is (`date +%F`: the TZ environment variable, else the system's
/// zone), or in UTC.
package enum Today {
    package static func date(utc: Bool = false) -> (year: Int, month: Int, day: Int) {
        var now = time(nil)
        var parts = tm()
        if utc { gmtime_r(&now, &parts) } else { localtime_r(&now, &parts) }
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }
}
