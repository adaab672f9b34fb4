/// A value read from `.lockstep.toml` for one key, converted with errors that name the key and line.
struct ConfigValue {
    let node: TOMLNode
    let path: String
    let file: String

    private func mismatch(_ expected: String) -> ConfigError {
        ConfigError("\(path) must be \(expected)", file: file, at: node.position, fix: nil)
    }

    func string() throws(ConfigError) -> String {
        guard case .string(let value) = node.value else { throw mismatch("a string") }
        return value
    }

    func bool() throws(ConfigError) -> Bool {
        guard case .boolean(let value) = node.value else { throw mismatch("true or false") }
        return value
    }

    func positiveInteger() throws(ConfigError) -> Int {
        guard case .integer(let value) = node.value, value > 0, value <= Int64(Int32.max) else {
            throw mismatch("a positive integer")
        }
        return Int(value)
    }

    func strings() throws(ConfigError) -> [String] {
        guard case .array(let items) = node.value else { throw mismatch("an array of strings") }
        var strings: [String] = []
        for item in items {
            guard case .string(let value) = item.value, !value.isEmpty else { throw mismatch("an array of non-empty strings") }
            strings.append(value)
        }
        return strings
    }
}
