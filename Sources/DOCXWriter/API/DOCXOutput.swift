import Foundation

/// A written .docx file and the warnings of writing it.
///
/// ```swift
/// let output = DOCXWriter().package(document)
/// output.data        // the file
/// output.warnings    // e.g. a control character that was dropped
/// ```
public struct DOCXOutput: Sendable {
    public let data: Data
    public let warnings: [DOCXWarning]
}
