import CZlib
import Foundation

// Deflates one ZIP entry as its bytes arrive, keeping only the compressed bytes: a part
// streamed from libxml2 is never held uncompressed. Into an archive, the bytes go straight
// into its buffer (`finishInArchive()`); otherwise they are kept for an entry to place
// in archives later (`finish()`).
package final class EntryCompressor: ByteSink {
    private static let largestSlice = 1 << 30
    private let name: String
    private let deflater: Deflater
    private let fault: ZipWriter.Fault?
    private var crc = crc32(0, nil, 0)
    private var size = 0
    private var compressed = Data()
    private let archive: ZipArchive?
    private var finished = false
    package private(set) var failure: String?

    /// Starts the entry `name` on `deflater`, which compresses one entry at a time, as the
    /// next entry of `archive` or (without one) on its own. `fault` `.addEntry` makes the
    /// first write fail, as zlib could.
    package init(_ name: String, deflater: Deflater, into archive: ZipArchive? = nil, fault: ZipWriter.Fault? = nil) {
        self.name = name
        self.deflater = deflater
        self.archive = archive
        self.fault = fault
        archive?.begin(name)
        if !deflater.reset() { fail(deflater.failure) }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // An empty write (none comes from the XML writer) has nothing to deflate.
        guard !bytes.isEmpty else { return true }
        guard failure == nil else { return false }
        guard !finished else { return fail("delen skrevs vidare efter sitt slut") }
        guard fault != .addEntry else { return fail("skrivfel") }
        // zlib counts its input in 32 bits; a part handed over whole may be larger.
        var start = 0
        repeat {
            let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + Self.largestSlice)])
            guard deflate(slice, finish: false) else { return fail(deflater.failure) }
            start += slice.count
        } while start < bytes.count
        if let base = bytes.baseAddress {
            crc = crc32_z(crc, base.assumingMemoryBound(to: Bytef.self), bytes.count)
        }
        size += bytes.count
        return true
    }

    /// Ends the deflate stream and returns the entry, or the first failure.
    package func finish() throws(WriteFailure) -> ZipEntry {
        precondition(archive == nil, "an entry written into an archive ends there")
        try end()
        return ZipEntry(name: name, crc: UInt32(crc), size: size, compressed: compressed)
    }

    /// Ends the deflate stream and the entry in its archive, or throws the first failure.
    package func finishInArchive() throws(WriteFailure) {
        try end()
        archive?.end(crc: UInt32(crc), size: size)
    }

    private func end() throws(WriteFailure) {
        if failure == nil && !finished && !deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) {
            fail(deflater.failure)
        }
        finished = true
        if let failure { throw WriteFailure(message: failure) }
    }

    private func deflate(_ bytes: UnsafeRawBufferPointer, finish: Bool) -> Bool {
        guard let archive else { return deflater.deflate(bytes, finish: finish, into: &compressed) }
        return archive.appending { deflater.deflate(bytes, finish: finish, into: &$0) }
    }

    @discardableResult
    private func fail(_ reason: String?) -> Bool {
        if failure == nil { failure = "\(name) kunde inte packas: \(reason ?? "okänt fel i zlib")" }
        return false
    }
}
