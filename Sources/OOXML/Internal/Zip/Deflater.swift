import CZlib
import Foundation

// One raw deflate stream, reset for every entry of an archive: zlib allocates its state
// (about 400 KB at these settings) once per archive instead of once per part. The settings
// are libzip's at level 1 (window 2^15, memory level 9, default strategy), so the entries
// come out byte for byte as libzip deflates them.
//
// Every zlib call is checked. A failure is kept as a Swedish message; the entry being
// compressed reports it.
package final class Deflater {
    /// zlib's fastest level: XML compresses well at any level, and deflating took most of the
    /// time of writing a document at the default level 6.
    package static let level: Int32 = 1
    private static let memoryLevel: Int32 = 9
    private static let chunk = 1 << 16
    /// zlib's version and the stream's settings: what decides the bytes an entry deflates to,
    /// so a cache of deflated entries is keyed on it.
    package static let settings = "zlib \(String(cString: zlibVersion())) level \(level) window \(-MAX_WBITS) "
        + "memory \(memoryLevel) strategy \(Z_DEFAULT_STRATEGY)"

    // zlib keeps a pointer back to the stream, so it must not move: it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream> = {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        return stream
    }()
    private let output = UnsafeMutablePointer<Bytef>.allocate(capacity: chunk)
    private var started = false
    /// Why the stream cannot be used, when it cannot.
    private(set) var failure: String?

    package init() {
        let status = deflateInit2_(stream, Self.level, Z_DEFLATED, -MAX_WBITS, Self.memoryLevel, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if status == Z_OK { started = true } else { failure = "zlib kunde inte starta (\(Self.text(status)))" }
    }

    deinit {
        if started { deflateEnd(stream) }
        stream.deallocate()
        output.deallocate()
    }

    /// Makes the stream ready for a new entry.
    func reset() -> Bool {
        guard failure == nil else { return false }
        let status = deflateReset(stream)
        if status != Z_OK { failure = "zlib kunde inte börja om (\(Self.text(status)))" }
        return status == Z_OK
    }

    /// Deflates `bytes` and appends what comes out to `compressed`; `finish` ends the entry.
    func deflate(_ bytes: UnsafeRawBufferPointer, finish: Bool, into compressed: inout Data) -> Bool {
        guard failure == nil else { return false }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(bytes.count)
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        while true {
            stream.pointee.next_out = output
            stream.pointee.avail_out = uInt(Self.chunk)
            let status = CZlib.deflate(stream, flush)
            let produced = Self.chunk - Int(stream.pointee.avail_out)
            if produced > 0 { compressed.append(output, count: produced) }
            switch status {
            case Z_STREAM_END:
                return true
            case Z_OK where stream.pointee.avail_out == 0:
                continue   // the output was full: more to come
            case Z_OK where !finish, Z_BUF_ERROR where !finish:
                return true   // room left over, so all input was taken
            default:
                // Finishing always ends the stream while there is room, so this is a failure.
                failure = "zlib kunde inte packa (\(Self.text(status)))"
                return false
            }
        }
    }

    private static func text(_ status: Int32) -> String {
        switch status {
        case Z_MEM_ERROR: "minnet räcker inte"
        case Z_VERSION_ERROR: "fel version av zlib"
        default: "zlib-fel \(status)"
        }
    }
}
