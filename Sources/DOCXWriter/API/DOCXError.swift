/// A Word file could not be made: libxml2 or zlib failed, most often for want of memory.
/// Nothing is returned, so nothing half-made is ever written.
///
/// ```swift
/// do {
///     let data = try DOCXWriter().write(document)
/// } catch {
///     print("fel: vanersborg.docx kunde inte skapas: \(error)")
/// }
/// ```
public struct DOCXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What failed, in Swedish.
    public let message: String

    public var description: String { message }
}
