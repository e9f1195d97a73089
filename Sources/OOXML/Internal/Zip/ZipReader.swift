import CLibZip
import Foundation

// Reads every entry of a ZIP archive held in memory, with libzip.
package enum ZipReader {
    /// Why an archive could not be read, in Swedish.
    package struct Failure: Error {
        package let message: String
    }

    /// Entries larger than this are refused: no reference document needs them, and an
    /// archive that claims them is broken or hostile.
    package static let largestEntry = 200 * 1024 * 1024

    package static func entries(of data: Data) throws(Failure) -> [(name: String, data: Data)] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(1, data.count))!
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
        guard let source = zip_source_buffer_create(copy, UInt64(data.count), 1, &error) else {
            free(copy)
            throw Failure(message: "filen kunde inte läsas")
        }
        guard let archive = zip_open_from_source(source, Int32(ZIP_RDONLY | ZIP_CHECKCONS), &error) else {
            zip_source_free(source)
            throw Failure(message: "filen är ingen giltig ZIP-fil (\(String(cString: zip_error_strerror(&error))))")
        }
        defer { zip_discard(archive) }
        var entries: [(name: String, data: Data)] = []
        for index in 0..<UInt64(max(0, zip_get_num_entries(archive, 0))) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let namePointer = stat.name else {
                throw Failure(message: "post \(index) i ZIP-filen kan inte läsas")
            }
            let name = String(cString: namePointer)
            if name.hasSuffix("/") { continue }
            guard stat.size <= largestEntry else { throw Failure(message: "\(name) är orimligt stor") }
            guard let file = zip_fopen_index(archive, index, 0) else {
                throw Failure(message: "\(name) kan inte packas upp (\(String(cString: zip_strerror(archive))))")
            }
            defer { zip_fclose(file) }
            var bytes = Data(count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            guard read == Int64(stat.size) else { throw Failure(message: "\(name) är skadad") }
            entries.append((name, bytes))
        }
        return entries
    }
}
