// TOML 1.0 §Integer, §Float and the date/time sections, on a token already delimited by
// `parseBareValue` (`bytes[start..<end]`).

extension TOMLParser {
    // MARK: Numbers

    mutating func parseNumber(_ start: Int, _ end: Int) throws(TOMLError) -> TOMLValue {
        var cursor = start
        var negative = false
        let signed = bytes[cursor] == ASCII.plus || bytes[cursor] == ASCII.minus
        if signed {
            negative = bytes[cursor] == ASCII.minus
            cursor += 1
        }
        // TOML 1.0 §Float: inf and nan, always lower case, optionally signed.
        if matches(cursor, end, "inf") { return .float(negative ? -.infinity : .infinity) }
        if matches(cursor, end, "nan") { return .float(negative ? -.nan : .nan) }

        // TOML 1.0 §Integer: 0x, 0o, 0b prefixes (lower case), no sign allowed.
        if cursor + 1 < end, bytes[cursor] == ASCII.zero {
            let radix: UInt64? =
                switch bytes[cursor + 1] {
                case UInt8(ascii: "x"): 16
                case UInt8(ascii: "o"): 8
                case UInt8(ascii: "b"): 2
                default: nil
                }
            if let radix {
                if signed {
                    throw error("an integer with a 0x, 0o or 0b prefix cannot have a sign", at: start)
                }
                return .integer(try parseRadixInteger(start, end, digitsFrom: cursor + 2, radix: radix))
            }
        }

        // Decimal: integer part, then an optional fraction and exponent (TOML 1.0 §Float).
        let integerStart = cursor
        try skipDigits(&cursor, end, in: "number")
        // "Leading zeros are not allowed" (integers and the integer part of floats).
        if bytes[integerStart] == ASCII.zero, cursor - integerStart > 1 {
            throw error("leading zeros are not allowed in \(excerpt(start, end))", at: integerStart)
        }
        var isFloat = false
        if cursor < end, bytes[cursor] == ASCII.dot {
            isFloat = true
            cursor += 1
            try skipDigits(&cursor, end, in: "fractional part")
        }
        if cursor < end, bytes[cursor] == UInt8(ascii: "e") || bytes[cursor] == UInt8(ascii: "E") {
            isFloat = true
            cursor += 1
            if cursor < end, bytes[cursor] == ASCII.plus || bytes[cursor] == ASCII.minus { cursor += 1 }
            // The exponent may have leading zeros (TOML 1.0 §Float: "1e06").
            try skipDigits(&cursor, end, in: "exponent")
        }
        if cursor < end {
            throw error("unexpected \(describeCharacter(at: cursor)) in number \(excerpt(start, end))", at: cursor)
        }

        if isFloat {
            var text = ""
            text.unicodeScalars.reserveCapacity(end - start)
            for offset in start..<end where bytes[offset] != ASCII.underscore {
                text.unicodeScalars.append(Unicode.Scalar(bytes[offset]))
            }
            // The text is validated decimal syntax, which `Double.init` reads correctly
            // rounded; a literal too large for a double becomes ±infinity, as in tomllib.
            guard let value = Double(text) else {
                throw error("invalid float \(excerpt(start, end))", at: start)
            }
            return .float(value)
        }

        // Accumulate the magnitude, then apply the sign: Int64.min has no positive twin.
        var magnitude: UInt64 = 0
        for offset in integerStart..<end where bytes[offset] != ASCII.underscore {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(bytes[offset] - ASCII.zero))
            if overflow1 || overflow2 { throw overflowError(start, end) }
            magnitude = sum
        }
        let limit = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard magnitude <= limit else { throw overflowError(start, end) }
        if negative {
            return .integer(magnitude == limit ? Int64.min : -Int64(magnitude))
        }
        return .integer(Int64(magnitude))
    }

    private mutating func parseRadixInteger(
        _ start: Int, _ end: Int, digitsFrom first: Int, radix: UInt64
    ) throws(TOMLError) -> Int64 {
        let name =
            switch radix {
            case 16: "hexadecimal"
            case 8: "octal"
            default: "binary"
            }
        var cursor = first
        var magnitude: UInt64 = 0
        var previousWasDigit = false
        while cursor < end {
            let byte = bytes[cursor]
            if byte == ASCII.underscore {
                // Underscores only between two digits.
                guard previousWasDigit, cursor + 1 < end, bytes[cursor + 1] != ASCII.underscore else {
                    throw error("an underscore must be between two digits", at: cursor)
                }
                previousWasDigit = false
                cursor += 1
                continue
            }
            guard let digit = Self.hexValue(byte), UInt64(digit) < radix else {
                throw error(
                    "unexpected \(describeCharacter(at: cursor)) in \(name) integer \(excerpt(start, end))", at: cursor)
            }
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { throw overflowError(start, end) }
            magnitude = sum
            previousWasDigit = true
            cursor += 1
        }
        guard cursor > first, previousWasDigit else {
            throw error("expected \(name) digits after \(excerpt(start, first))", at: cursor)
        }
        guard magnitude <= UInt64(Int64.max) else { throw overflowError(start, end) }
        return Int64(magnitude)
    }

    /// `digit *( [_] digit )`: at least one digit, underscores only between digits.
    private mutating func skipDigits(_ cursor: inout Int, _ end: Int, in part: String) throws(TOMLError) {
        guard cursor < end, ASCII.isDigit(bytes[cursor]) else {
            if cursor < end, bytes[cursor] == ASCII.underscore {
                throw error("an underscore must be between two digits", at: cursor)
            }
            throw error("expected a digit in the \(part), found \(describeCharacter(at: cursor))", at: cursor)
        }
        cursor += 1
        while cursor < end {
            if ASCII.isDigit(bytes[cursor]) {
                cursor += 1
            } else if bytes[cursor] == ASCII.underscore {
                guard cursor + 1 < end, ASCII.isDigit(bytes[cursor + 1]) else {
                    throw error("an underscore must be between two digits", at: cursor)
                }
                cursor += 1
            } else {
                return
            }
        }
    }

    private mutating func overflowError(_ start: Int, _ end: Int) -> TOMLError {
        let shown = excerpt(start, end).dropFirst().dropLast()
        return error("integer \(shown) does not fit in 64 bits", at: start)
    }

    // MARK: Dates and times

    /// TOML 1.0 §Offset Date-Time, §Local Date-Time, §Local Date, §Local Time (RFC 3339):
    /// `YYYY-MM-DD`, `HH:MM:SS[.fraction]`, or a date and a time separated by `T`, `t` or a
    /// space, with an optional offset `Z`, `z` or `±HH:MM`. Kept as written.
    mutating func parseDateTime(_ start: Int, _ end: Int) throws(TOMLError) -> TOMLValue {
        var cursor = start
        if Self.looksLikeDate(bytes, at: start) {
            let year = try number(&cursor, end, digits: 4, field: "year")
            try expect(ASCII.minus, &cursor, end, in: "date")
            let monthAt = cursor
            let month = try number(&cursor, end, digits: 2, field: "month")
            guard (1...12).contains(month) else {
                throw error("invalid month \(month) in date \(excerpt(start, end))", at: monthAt)
            }
            try expect(ASCII.minus, &cursor, end, in: "date")
            let dayAt = cursor
            let day = try number(&cursor, end, digits: 2, field: "day")
            guard day >= 1, day <= Self.daysIn(month: month, year: year) else {
                throw error("invalid day \(day) for month \(month) in date \(excerpt(start, end))", at: dayAt)
            }
            if cursor == end { return .dateTime(text(start, end)) }
            let separator = bytes[cursor]
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == ASCII.space
            else {
                throw error("unexpected \(describeCharacter(at: cursor)) after the date", at: cursor)
            }
            cursor += 1
            try parseTime(&cursor, end, whole: start)
            if cursor < end {
                if bytes[cursor] == UInt8(ascii: "Z") || bytes[cursor] == UInt8(ascii: "z") {
                    cursor += 1
                } else if bytes[cursor] == ASCII.plus || bytes[cursor] == ASCII.minus {
                    cursor += 1
                    let hoursAt = cursor
                    let hours = try number(&cursor, end, digits: 2, field: "offset hours")
                    try expect(ASCII.colon, &cursor, end, in: "offset")
                    let minutesAt = cursor
                    let minutes = try number(&cursor, end, digits: 2, field: "offset minutes")
                    guard hours <= 23 else {
                        throw error("invalid offset hours \(hours) in \(excerpt(start, end))", at: hoursAt)
                    }
                    guard minutes <= 59 else {
                        throw error("invalid offset minutes \(minutes) in \(excerpt(start, end))", at: minutesAt)
                    }
                }
            }
        } else {
            try parseTime(&cursor, end, whole: start)
        }
        if cursor < end {
            throw error("unexpected \(describeCharacter(at: cursor)) in date-time \(excerpt(start, end))", at: cursor)
        }
        return .dateTime(text(start, end))
    }

    /// `HH:MM:SS[.digits]`. Seconds are required in TOML 1.0; a leap second (60) is refused,
    /// as by tomllib, since few date types can hold it.
    private mutating func parseTime(_ cursor: inout Int, _ end: Int, whole start: Int) throws(TOMLError) {
        let hourAt = cursor
        let hour = try number(&cursor, end, digits: 2, field: "hour")
        try expect(ASCII.colon, &cursor, end, in: "time")
        let minuteAt = cursor
        let minute = try number(&cursor, end, digits: 2, field: "minute")
        try expect(ASCII.colon, &cursor, end, in: "time")
        let secondAt = cursor
        let second = try number(&cursor, end, digits: 2, field: "second")
        guard hour <= 23 else { throw error("invalid hour \(hour) in \(excerpt(start, end))", at: hourAt) }
        guard minute <= 59 else { throw error("invalid minute \(minute) in \(excerpt(start, end))", at: minuteAt) }
        guard second <= 59 else { throw error("invalid second \(second) in \(excerpt(start, end))", at: secondAt) }
        if cursor < end, bytes[cursor] == ASCII.dot {
            cursor += 1
            guard cursor < end, ASCII.isDigit(bytes[cursor]) else {
                throw error("expected digits after '.' in \(excerpt(start, end))", at: cursor)
            }
            while cursor < end, ASCII.isDigit(bytes[cursor]) { cursor += 1 }
        }
    }

    /// Exactly `digits` decimal digits.
    private mutating func number(_ cursor: inout Int, _ end: Int, digits: Int, field: String) throws(TOMLError) -> Int {
        var value = 0
        for _ in 0..<digits {
            guard cursor < end, ASCII.isDigit(bytes[cursor]) else {
                throw error(
                    "expected \(digits) digits for the \(field), found \(describeCharacter(at: cursor))", at: cursor)
            }
            value = value * 10 + Int(bytes[cursor] - ASCII.zero)
            cursor += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, _ cursor: inout Int, _ end: Int, in what: String) throws(TOMLError) {
        guard cursor < end, bytes[cursor] == byte else {
            throw error(
                "expected '\(Character(Unicode.Scalar(byte)))' in the \(what), found \(describeCharacter(at: cursor))",
                at: cursor)
        }
        cursor += 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
