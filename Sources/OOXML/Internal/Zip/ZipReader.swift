import CLibZip
import Foundation

// Reads every entry of a ZIP archive held in memory, with libzip.
package enum ZipReader {
    /// Why an archive could not be read, in Swedish.
    package struct Failure: Error {
        package let message: String
        /// The archive is readable but beyond the limits below (a zip bomb, most likely).
        package var exceedsLimits = false
    }

    // Limits on what an archive may unpack to, checked against the sizes it declares
    // before anything is unpacked (a declared size is also all that is ever read of an
    // entry, so an entry cannot unpack to more than it claims). Word documents, even with
    // photos, stay far below them; a small file claiming more is broken or hostile.
    /// The largest entry.
    package static let largestEntry: UInt64 = 200 * 1024 * 1024
    /// All entries together.
    package static let largestTotal: UInt64 = 256 * 1024 * 1024
    /// The most entries.
    package static let mostEntries = 5_000
    /// Entries larger than `ratioFloor` may unpack to at most this many times their packed size.
    package static let largestRatio: UInt64 = 200
    package static let ratioFloor: UInt64 = 1024 * 1024

    package static func entries(of data: Data) throws(Failure) -> [(name: String, data: Data)] {
        if let failure = SharedLibrary.libzipFailure() { throw Failure(message: failure) }
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
            throw Failure(message: "filen är ingen giltig ZIP-fil (\(ZipMessage.text(&error)))")
        }
        defer { zip_discard(archive) }
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw Failure(message: "ZIP-filens innehållsförteckning kan inte läsas") }
        guard count <= mostEntries else {
            throw Failure(message: "filen innehåller \(count) delar; ett Word-dokument har högst \(mostEntries)", exceedsLimits: true)
        }
        var stats: [(index: UInt64, name: String, size: UInt64)] = []
        var total: UInt64 = 0
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let namePointer = stat.name else {
                throw Failure(message: "post \(index) i ZIP-filen kan inte läsas")
            }
            let name = String(cString: namePointer)
            if name.hasSuffix("/") { continue }
            let megabytes = stat.size / (1024 * 1024)
            guard stat.size <= largestEntry else {
                throw Failure(message: "\(name) packas upp till \(megabytes) MiB; gränsen är \(largestEntry / 1024 / 1024) MiB per del",
                              exceedsLimits: true)
            }
            if stat.size > ratioFloor && stat.size / max(1, stat.comp_size) > largestRatio {
                throw Failure(message: "\(name) packas upp till \(megabytes) MiB från \(stat.comp_size / 1024) KiB, mer än "
                    + "\(largestRatio) gånger sin packade storlek, som bara en ZIP-bomb gör", exceedsLimits: true)
            }
            total += stat.size
            guard total <= largestTotal else {
                throw Failure(message: "filen packas upp till mer än \(largestTotal / 1024 / 1024) MiB", exceedsLimits: true)
            }
            stats.append((index, name, stat.size))
        }
        var entries: [(name: String, data: Data)] = []
        for (index, name, size) in stats {
            guard let file = zip_fopen_index(archive, index, 0) else {
                throw Failure(message: "\(name) kan inte packas upp (\(ZipMessage.text(zip_get_error(archive))))")
            }
            defer { zip_fclose(file) }
            var bytes = Data(count: Int(size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, size) }
            guard read == Int64(size) else { throw Failure(message: "\(name) är skadad") }
            entries.append((name, bytes))
        }
        return entries
    }
}
