import DocumentModel
import Foundation

// A table cell, or a whole table, as a dictionary key by its content: paragraphs and lists,
// their formatting and every text's bytes (and for a table its caption, columns, spans and
// row headers), written one after the other with the lengths of the texts, so two keys are
// the same exactly when their contents are the same, byte for byte (as `TextKey` is for a
// text, without `String`'s Unicode normalisation). Cells of other blocks (headings, tables,
// quotes, figures inside a cell), and tables with such cells, have none: they are rare and
// hyphenated as they come.
//
// ```swift
// let cell = ContentKey(cell: [.paragraph([.text("Stödsamtal"), .strong([.text("ABC")])])])   // non-nil
// let table = ContentKey(table: table)
// ```
struct ContentKey: Hashable {
    let bytes: [UInt8]

    init?(cell blocks: [Block]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        guard Self.write(blocks, to: &bytes) else { return nil }
        self.bytes = bytes
    }

    init?(table: Table) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * table.columns.count * (table.header.count + table.body.count))
        bytes.append(table.isLayout ? 1 : 0)
        if let caption = table.caption {
            bytes.append(1)
            Self.write(caption, to: &bytes)
        } else {
            bytes.append(0)
        }
        Self.write(table.columns.count, to: &bytes)
        for column in table.columns {
            Self.write(Int(bitPattern: UInt(column.width.bitPattern)), to: &bytes)
            Self.write(column.alignment.rawValue, to: &bytes)
        }
        for rows in [table.header, table.body] {
            Self.write(rows.count, to: &bytes)
            for row in rows {
                Self.write(row.cells.count, to: &bytes)
                for cell in row.cells {
                    Self.write(cell.rowSpan, to: &bytes)
                    Self.write(cell.colSpan, to: &bytes)
                    bytes.append(cell.isRowHeader ? 1 : 0)
                    guard Self.write(cell.blocks, to: &bytes) else { return nil }
                    bytes.append(0)
                }
                guard bytes.count <= Self.largestTable else { return nil }
            }
        }
        self.bytes = bytes
    }

    /// The most bytes a table's key holds: a larger table is not remembered. A plan of
    /// 100 000 rows written once would otherwise copy all its text into a key never looked
    /// up again (9 % more time and 3 MiB more peak memory for its Word file).
    static let largestTable = 1 << 20

    // One `memcmp`: a table's key is its every text, and `Array`'s own `==` goes element by element.
    static func == (lhs: ContentKey, rhs: ContentKey) -> Bool {
        lhs.bytes.count == rhs.bytes.count && lhs.bytes.withUnsafeBytes { left in
            rhs.bytes.withUnsafeBytes { left.isEmpty || memcmp(left.baseAddress!, $0.baseAddress!, left.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.withUnsafeBufferPointer(TextKey.fold))
    }

    // Each block and inline is a tag byte, then what it holds; a text is its length
    // (eight bytes) and its bytes, so no two different cells write the same bytes.
    private static func write(_ blocks: [Block], to bytes: inout [UInt8]) -> Bool {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                bytes.append(1)
                write(inlines, to: &bytes)
            case .bulletList(let items), .numberedList(let items):
                bytes.append(block.isBulletList ? 2 : 3)
                for item in items {
                    bytes.append(4)
                    guard write(item.blocks, to: &bytes) else { return false }
                    bytes.append(0)
                }
            case .heading, .table, .quote, .note, .figure, .pageBreak, .sectionBreak:
                return false
            }
            bytes.append(0)
        }
        return true
    }

    private static func write(_ inlines: [Inline], to bytes: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                bytes.append(5)
                write(text, to: &bytes)
            case .emphasis(let inner):
                bytes.append(6)
                write(inner, to: &bytes)
            case .strong(let inner):
                bytes.append(7)
                write(inner, to: &bytes)
            case .link(let inner, let url):
                bytes.append(8)
                write(url, to: &bytes)
                write(inner, to: &bytes)
            case .crossReference(let anchor, let inner):
                bytes.append(9)
                write(anchor, to: &bytes)
                write(inner, to: &bytes)
            }
            bytes.append(0)
        }
    }

    private static func write(_ text: String, to bytes: inout [UInt8]) {
        write(text.utf8.count, to: &bytes)
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private static func write(_ number: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt64(UInt(bitPattern: number)).littleEndian) { bytes.append(contentsOf: $0) }
    }
}

private extension Block {
    var isBulletList: Bool {
        if case .bulletList = self { return true }
        return false
    }
}
