/// A problem in a file that communication staff edit (labels, page templates, the
/// reference document), with the place to fix it.
///
/// ```swift
/// throw TemplateError(file: "templates/labels.sv.yaml", line: 12, column: 3,
///                     message: "Etiketten \"omslag.reviderad\" saknas.")
/// ```
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// What is wrong, in Swedish.
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, with the parts that are known.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line = line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
