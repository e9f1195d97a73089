/// Something the Word writer had to change to produce a valid file, in Swedish, for the
/// command line to print. The document is still written.
///
/// ```swift
/// let output = DOCXWriter(reference: .builtIn).package(document)
/// for warning in output.warnings { print("varning: \(warning)") }
/// ```
public struct DOCXWarning: Sendable, Hashable, CustomStringConvertible {
    /// What was changed and where, in Swedish.
    public let message: String

    public var description: String { message }
}
