import CLibZip
import Foundation

// Writes a ZIP archive in memory with libzip: every entry deflated, in the order given, with
// one fixed timestamp, so the same entries always give the same bytes. Every libzip call is
// checked; a failure is a `WriteFailure` in Swedish, never a crash or an empty archive.
package enum ZipWriter {
    /// A failure tests inject where libzip would fail, to see it reported.
    package enum Fault: String, Sendable {
        case addEntry = "zip-add", close = "zip-close", readBack = "zip-read-back"
    }

    /// 1980-01-01 00:00, the first moment a ZIP entry can carry, as MS-DOS date and time.
    /// Set as DOS fields rather than a `time_t` so the local time zone cannot change it.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let dosTime: UInt16 = 0
    /// zlib's fastest level: XML compresses well at any level, and deflating took most of the
    /// time of writing a document at the default level 6.
    private static let compressionLevel: UInt32 = 1

    package static func archive(_ entries: [(name: String, data: Data)], fault: Fault? = nil) throws(WriteFailure) -> Data {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw WriteFailure(message: "ZIP-arkivet kunde inte skapas: \(ZipMessage.text(&error))")
        }
        zip_source_keep(source)
        defer { zip_source_free(source) }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            throw WriteFailure(message: "ZIP-arkivet kunde inte skapas: \(ZipMessage.text(&error))")
        }
        func failure(_ what: String) -> WriteFailure {
            WriteFailure(message: "\(what): \(ZipMessage.text(zip_get_error(archive)))")
        }
        for entry in entries {
            // libzip reads the buffer when the archive is closed; it owns and frees this copy.
            guard let copy = malloc(max(1, entry.data.count)) else {
                zip_discard(archive)
                throw WriteFailure(message: "\(entry.name) kunde inte packas: minnet räcker inte")
            }
            entry.data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: entry.data.count)
            guard let entrySource = zip_source_buffer(archive, copy, UInt64(entry.data.count), 1) else {
                free(copy)
                let error = failure("\(entry.name) kunde inte packas")
                zip_discard(archive)
                throw error
            }
            let index = fault == .addEntry ? -1 : zip_file_add(archive, entry.name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(entrySource)
                let error = fault == .addEntry ? WriteFailure(message: "\(entry.name) kunde inte packas: skrivfel")
                    : failure("\(entry.name) kunde inte packas")
                zip_discard(archive)
                throw error
            }
            guard zip_set_file_compression(archive, UInt64(index), ZIP_CM_DEFLATE, compressionLevel) == 0,
                  zip_file_set_dostime(archive, UInt64(index), dosTime, dosDate, 0) == 0 else {
                let error = failure("\(entry.name) kunde inte packas")
                zip_discard(archive)
                throw error
            }
        }
        guard fault != .close, zip_close(archive) == 0 else {
            let error = fault == .close ? WriteFailure(message: "ZIP-arkivet kunde inte slutföras: skrivfel")
                : failure("ZIP-arkivet kunde inte slutföras")
            zip_discard(archive)
            throw error
        }
        return try contents(of: source, fault: fault)
    }

    private static func contents(of source: OpaquePointer, fault: Fault?) throws(WriteFailure) -> Data {
        func failure() -> WriteFailure {
            WriteFailure(message: "det packade arkivet kunde inte läsas tillbaka: \(ZipMessage.text(zip_source_error(source)))")
        }
        guard fault != .readBack else { throw WriteFailure(message: "det packade arkivet kunde inte läsas tillbaka: läsfel") }
        guard zip_source_open(source) == 0 else { throw failure() }
        defer { zip_source_close(source) }
        guard zip_source_seek(source, 0, SEEK_END) == 0 else { throw failure() }
        let size = zip_source_tell(source)
        guard size > 0, zip_source_seek(source, 0, SEEK_SET) == 0 else { throw failure() }
        var data = Data(count: Int(size))
        let read = data.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64(size)) }
        guard read == size else { throw failure() }
        return data
    }
}
