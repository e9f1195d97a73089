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
    /// Further problems found in the same check, so all can be fixed at once.
    public let further: [TemplateError]

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.further = []
    }

    /// All of `errors` as one error: the first, with the others as `further`.
    ///
    /// ```swift
    /// if let error = TemplateError(all: problems) { throw error }
    /// ```
    public init?(all errors: [TemplateError]) {
        let errors = errors.flatMap { [TemplateError(file: $0.file, line: $0.line, column: $0.column, message: $0.message)] + $0.further }
        guard let first = errors.first else { return nil }
        self.file = first.file
        self.line = first.line
        self.column = first.column
        self.message = first.message
        self.further = Array(errors.dropFirst())
    }

    /// `file:line:column: message`, with the parts that are known; one line per problem.
    public var description: String {
        ([oneLine] + further.map(\.oneLine)).joined(separator: "\n")
    }

    private var oneLine: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line = line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
