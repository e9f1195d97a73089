import CLibZip
import Foundation

// Writes a ZIP archive in memory with libzip: every entry deflated, in the order given, with
// one fixed timestamp, so the same entries always give the same bytes.
package enum ZipWriter {
    /// 1980-01-01 00:00, the first moment a ZIP entry can carry, as MS-DOS date and time.
    /// Set as DOS fields rather than a `time_t` so the local time zone cannot change it.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let dosTime: UInt16 = 0
    /// zlib's fastest level: XML compresses well at any level, and deflating took most of the
    /// time of writing a document at the default level 6.
    private static let compressionLevel: UInt32 = 1

    package static func archive(_ entries: [(name: String, data: Data)]) -> Data {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { fatalError("libzip: \(describe(&error))") }
        zip_source_keep(source)
        defer { zip_source_free(source) }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            fatalError("libzip: \(describe(&error))")
        }
        for entry in entries {
            // libzip reads the buffer when the archive is closed; it owns and frees this copy.
            let copy = malloc(max(1, entry.data.count))!
            entry.data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: entry.data.count)
            guard let entrySource = zip_source_buffer(archive, copy, UInt64(entry.data.count), 1) else {
                free(copy)
                fatalError("libzip: \(String(cString: zip_strerror(archive)))")
            }
            let index = zip_file_add(archive, entry.name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(entrySource)
                fatalError("libzip: \(String(cString: zip_strerror(archive)))")
            }
            zip_set_file_compression(archive, UInt64(index), ZIP_CM_DEFLATE, compressionLevel)
            zip_file_set_dostime(archive, UInt64(index), dosTime, dosDate, 0)
        }
        guard zip_close(archive) == 0 else { fatalError("libzip: \(String(cString: zip_strerror(archive)))") }
        return contents(of: source)
    }

    private static func contents(of source: OpaquePointer) -> Data {
        guard zip_source_open(source) == 0 else { return Data() }
        defer { zip_source_close(source) }
        zip_source_seek(source, 0, SEEK_END)
        let size = Int(zip_source_tell(source))
        zip_source_seek(source, 0, SEEK_SET)
        var data = Data(count: size)
        let read = data.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, UInt64(size)) }
        return read == size ? data : Data()
    }

    private static func describe(_ error: inout zip_error_t) -> String {
        String(cString: zip_error_strerror(&error))
    }
}
