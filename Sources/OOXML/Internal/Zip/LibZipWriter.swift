import CLibZip
import Foundation

// Writes a ZIP archive in memory with libzip: every entry deflated at level 1, in the order
// given, with one fixed timestamp. Render writes its archives with `ZipWriter`, byte for
// byte the same; this is what tests compare it with, and the floor the bench measures it
// against. Every libzip call is checked; a failure is a `WriteFailure` in Swedish.
package enum LibZipWriter {
    private static let compressionLevel = UInt32(Deflater.level)

    package static func archive(_ entries: [(name: String, data: Data)]) throws(WriteFailure) -> Data {
        if let failure = SharedLibrary.libzipFailure() { throw WriteFailure(message: failure) }
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
            let index = zip_file_add(archive, entry.name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(entrySource)
                let error = failure("\(entry.name) kunde inte packas")
                zip_discard(archive)
                throw error
            }
            guard zip_set_file_compression(archive, UInt64(index), ZIP_CM_DEFLATE, compressionLevel) == 0,
                  zip_file_set_dostime(archive, UInt64(index), ZipWriter.dosTime, ZipWriter.dosDate, 0) == 0 else {
                let error = failure("\(entry.name) kunde inte packas")
                zip_discard(archive)
                throw error
            }
        }
        guard zip_close(archive) == 0 else {
            let error = failure("ZIP-arkivet kunde inte slutföras")
            zip_discard(archive)
            throw error
        }
        return try contents(of: source)
    }

    private static func contents(of source: OpaquePointer) throws(WriteFailure) -> Data {
        func failure() -> WriteFailure {
            WriteFailure(message: "det packade arkivet kunde inte läsas tillbaka: \(ZipMessage.text(zip_source_error(source)))")
        }
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
