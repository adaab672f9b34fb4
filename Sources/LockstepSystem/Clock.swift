import Glibc

/// The wall clock, for the few outputs that state when they were made (an announcement's
/// "Posted:" line). Checks never read it.
package enum Clock {
    /// Now, in UTC: `2025-11-10 10:00 UTC`.
    package static func utcMinute() -> String {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return "" }
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)) UTC"
    }
}
