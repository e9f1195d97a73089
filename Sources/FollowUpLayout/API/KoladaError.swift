/// A saved Kolada file that cannot be read: the file, the place in the JSON and what is wrong,
/// in Swedish for the staff who saved it.
///
/// ```swift
/// KoladaError(file: "data/kolada/x.json", path: "values[2].values[0].value", message: "ska vara ett tal eller null")
///     .description   // "data/kolada/x.json: values[2].values[0].value: ska vara ett tal eller null"
/// KoladaError(file: "data/kolada/x.json", line: 3, column: 1, message: "filen är inte giltig JSON: …")
///     .description   // "data/kolada/x.json:3:1: filen är inte giltig JSON: …"
/// ```
public struct KoladaError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// The JSON path ("values[2].period"); empty for the file as a whole.
    public let path: String
    /// Where in the file's text, for a file that is not JSON at all.
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.line = nil
        self.column = nil
        self.message = message
    }

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.path = ""
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        return path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
}
