import Foundation

// Where an `XMLWriter` sends the bytes libxml2 produces, a few kilobytes at a time: a part
// in memory (`DataSink`) or a ZIP entry being deflated (`EntryCompressor`).
package protocol ByteSink: AnyObject {
    /// Takes `bytes`; false when it cannot, with the reason in `failure`.
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool
    /// Why the sink stopped taking bytes, in Swedish.
    var failure: String? { get }
}

/// Collects the bytes in memory.
package final class DataSink: ByteSink {
    package private(set) var data = Data()
    package var failure: String? { nil }

    package init() {}

    package func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        data.append(contentsOf: bytes)
        return true
    }
}
