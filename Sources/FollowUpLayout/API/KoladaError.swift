/// A saved Kolada file that cannot be read: the file, the place in the JSON and what is wrong,
/// in Swedish for the staff who saved it.
///
/// ```swift
/// KoladaError(file: "data/kolada/x.json", path: "values[2].values[0].value", message: "ska vara ett tal eller null")
///     .description   // "data/kolada/x.json: values[2].values[0].value: ska vara ett tal eller null"
/// ```
public struct KoladaError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// The JSON path ("values[2].period"); empty for the file as a whole.
    public let path: String
    public let message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }
}
