import Foundation

// A ZIP archive written in memory as its entries arrive: each entry's local header, then
// its deflated bytes straight into the archive's one buffer (a part streamed from libxml2
// is never held apart from the archive), the header's CRC and sizes filled in when the
// entry ends. An entry known only at the end (`[Content_Types].xml`, which readers expect
// first) is moved in front as the archive finishes. The bytes are `ZipWriter`'s.
package final class ZipArchive {
    /// What the headers record of one entry.
    struct Record {
        let name: [UInt8]
        var crc: UInt32 = 0
        var compressedSize = 0
        var size = 0
        var offset: Int
    }

    private var data = Data()
    private var records: [Record] = []
    /// The entry whose bytes are being written, if any.
    private var open: Record?
    private let fault: ZipWriter.Fault?

    /// `fault` `.close` makes finishing fail, as writing the archive could.
    package init(fault: ZipWriter.Fault? = nil) {
        self.fault = fault
    }

    /// Appends an entry deflated before.
    package func append(_ entry: ZipEntry) {
        begin(entry.name)
        data.append(entry.compressed)
        end(crc: entry.crc, size: entry.size)
    }

    /// Starts an entry: its local header, its CRC and sizes to come with `end`.
    func begin(_ name: String) {
        precondition(open == nil, "one entry at a time")
        let record = Record(name: Array(name.utf8), offset: data.count)
        ZipWriter.localHeader(record, into: &data)
        open = record
    }

    /// The open entry's deflated bytes are appended to the archive's buffer by `body`.
    func appending<Result>(_ body: (inout Data) -> Result) -> Result {
        body(&data)
    }

    /// Ends the open entry, whose uncompressed bytes had this CRC and size.
    func end(crc: UInt32, size: Int) {
        guard var record = open else { preconditionFailure("no entry is open") }
        record.crc = crc
        record.size = size
        record.compressedSize = data.count - record.offset - 30 - record.name.count
        let fields = [UInt32(crc), UInt32(truncatingIfNeeded: record.compressedSize), UInt32(truncatingIfNeeded: size)]
        data.withUnsafeMutableBytes { bytes in
            for (index, field) in fields.enumerated() {
                bytes.storeBytes(of: field.littleEndian, toByteOffset: record.offset + ZipWriter.localCRCOffset + 4 * index,
                                 as: UInt32.self)
            }
        }
        records.append(record)
        open = nil
    }

    /// The archive: `first` (if any) in front of the entries appended, then the central
    /// directory. Refused beyond what ZIP without ZIP64 holds.
    package func finish(first: ZipEntry? = nil) throws(WriteFailure) -> Data {
        precondition(open == nil, "an entry is still open")
        guard fault != .close else { throw WriteFailure(message: "ZIP-arkivet kunde inte slutföras: skrivfel") }
        if let first {
            // Written at the end, then moved in front within the one buffer: the entries
            // after it shift by its length.
            let front = ZipArchive()
            front.append(first)
            let shift = front.data.count
            data.insert(contentsOf: front.data, at: 0)
            records = front.records + records.map { record in
                var moved = record
                moved.offset += shift
                return moved
            }
        }
        try ZipWriter.directory(records, into: &data)
        return data
    }
}
