import DocumentModel
import Foundation

// A table cell, or a whole table, as a dictionary key by its content: paragraphs and lists,
// their formatting and every text's bytes (and for a table its caption, columns, spans and
// row headers). Two keys are the same exactly when their contents are the same, byte for
// byte (as `TextKey` is for a text, without `String`'s Unicode normalisation). Cells of other
// blocks (headings, tables, quotes, figures inside a cell), and tables with such cells, have
// none: they are rare and hyphenated as they come.
//
// The key holds the content itself, not a copy of its bytes: making one reads only the
// structure and each text's length and first and last eight bytes, for its hash, and two
// keys are compared by walking both, where storage the two share (the same document written
// again) is the same without being read.
//
// ```swift
// let cell = ContentKey(cell: [.paragraph([.text("Stödsamtal"), .strong([.text("ABC")])])])   // non-nil
// let table = ContentKey(table: table)
// ```
struct ContentKey: Hashable {
    private enum Content {
        case cell([Block])
        case table(Table)
    }

    private let content: Content
    /// The structure and the texts' lengths and ends, folded as `TextKey.fold` folds bytes.
    let summary: UInt64
    /// About the bytes a copy of the content would take, as the run's memory counts it.
    let size: Int

    init?(cell blocks: [Block]) {
        var summary = Summary()
        guard summary.add(blocks) else { return nil }
        (content, self.summary, size) = (.cell(blocks), summary.folded, summary.size)
    }

    init?(table: Table) {
        var summary = Summary()
        summary.add(table.isLayout ? 1 : 0)
        if let caption = table.caption {
            summary.add(1)
            summary.add(caption)
        } else {
            summary.add(0)
        }
        summary.add(UInt64(table.columns.count))
        for column in table.columns {
            summary.add(column.width.bitPattern)
            summary.add(column.alignment.rawValue)
        }
        guard summary.add(table.header), summary.add(table.body) else { return nil }
        (content, self.summary, size) = (.table(table), summary.folded, summary.size)
    }

    /// The most bytes (`size`) a table's key stands for: a larger table is not remembered. A
    /// plan of 100 000 rows written once would otherwise keep all its text for a key never
    /// looked up again.
    static let largestTable = 1 << 20

    static func == (lhs: ContentKey, rhs: ContentKey) -> Bool {
        guard lhs.summary == rhs.summary, lhs.size == rhs.size else { return false }
        switch (lhs.content, rhs.content) {
        case (.cell(let left), .cell(let right)): return same(left, right, same)
        case (.table(let left), .table(let right)): return same(left, right)
        case (.cell, .table), (.table, .cell): return false
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(summary)
    }

    private static func same(_ lhs: Table, _ rhs: Table) -> Bool {
        lhs.isLayout == rhs.isLayout
            && same(lhs.caption, rhs.caption)
            && same(lhs.columns, rhs.columns) { $0.width.bitPattern == $1.width.bitPattern && $0.alignment == $1.alignment }
            && same(lhs.header, rhs.header, same) && same(lhs.body, rhs.body, same)
    }

    private static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case (let left?, let right?): return TextKey(left) == TextKey(right)
        default: return false
        }
    }

    private static func same(_ lhs: Row, _ rhs: Row) -> Bool {
        same(lhs.cells, rhs.cells) { left, right in
            left.rowSpan == right.rowSpan && left.colSpan == right.colSpan && left.isRowHeader == right.isRowHeader
                && same(left.blocks, right.blocks, same)
        }
    }

    // Only the blocks and inlines a key is made of: paragraphs and lists.
    private static func same(_ lhs: Block, _ rhs: Block) -> Bool {
        switch (lhs, rhs) {
        case (.paragraph(let left), .paragraph(let right)): return same(left, right, same)
        case (.bulletList(let left), .bulletList(let right)), (.numberedList(let left), .numberedList(let right)):
            return same(left, right) { same($0.blocks, $1.blocks, same) }
        default: return false
        }
    }

    private static func same(_ lhs: Inline, _ rhs: Inline) -> Bool {
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)): return TextKey(left) == TextKey(right)
        case (.emphasis(let left), .emphasis(let right)), (.strong(let left), .strong(let right)):
            return same(left, right, same)
        case (.link(let left, let leftURL), .link(let right, let rightURL)):
            return TextKey(leftURL) == TextKey(rightURL) && same(left, right, same)
        case (.crossReference(let leftAnchor, let left), .crossReference(let rightAnchor, let right)):
            return TextKey(leftAnchor) == TextKey(rightAnchor) && same(left, right, same)
        default: return false
        }
    }

    /// Whether the arrays hold the same elements by `same`; arrays in one storage are the same unread.
    private static func same<Element>(_ lhs: [Element], _ rhs: [Element], _ same: (Element, Element) -> Bool) -> Bool {
        guard lhs.count == rhs.count else { return false }
        let shared = lhs.withUnsafeBufferPointer { left in rhs.withUnsafeBufferPointer { left.baseAddress == $0.baseAddress } }
        return shared || zip(lhs, rhs).allSatisfy(same)
    }

    /// A content read for its key: each block and inline a tag, each list a count, each text
    /// its length and its first and last eight bytes, so equal contents fold the same.
    private struct Summary {
        private(set) var folded: UInt64 = 0
        private(set) var size = 0

        mutating func add(_ word: UInt64) {
            folded = TextKey.mix(folded, word)
            size += 8
        }

        mutating func add(_ text: String) {
            let count = text.utf8.count
            add(UInt64(count))
            size += count
            let ends = text.utf8.withContiguousStorageIfAvailable(Self.ends) ?? Array(text.utf8).withUnsafeBufferPointer(Self.ends)
            add(ends.first)
            add(ends.last)
        }

        /// The first and last eight bytes (fewer: all of them, then none).
        private static func ends(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: UInt64, last: UInt64) {
            guard let base = bytes.baseAddress else { return (0, 0) }
            guard bytes.count >= 8 else {
                var first: UInt64 = 0
                for index in 0..<bytes.count { first |= UInt64(base[index]) << (index * 8) }
                return (first, 0)
            }
            return (UnsafeRawPointer(base).loadUnaligned(as: UInt64.self),
                    UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self))
        }

        /// False for cells a key is not made of, and when the rows take the size past `largestTable`.
        mutating func add(_ rows: [Row]) -> Bool {
            add(UInt64(rows.count))
            // By index, as `TableGrid.placeCells` walks them: no copy of each row and cell.
            for row in rows.indices {
                add(UInt64(rows[row].cells.count))
                for cell in rows[row].cells.indices {
                    add(UInt64(UInt(bitPattern: rows[row].cells[cell].rowSpan)))
                    add(UInt64(UInt(bitPattern: rows[row].cells[cell].colSpan)))
                    add(rows[row].cells[cell].isRowHeader ? 1 : 0)
                    guard add(rows[row].cells[cell].blocks) else { return false }
                }
                guard size <= ContentKey.largestTable else { return false }
            }
            return true
        }

        /// False for blocks a key is not made of.
        mutating func add(_ blocks: [Block]) -> Bool {
            add(UInt64(blocks.count))
            for index in blocks.indices {
                switch blocks[index] {
                case .paragraph(let inlines):
                    add(1)
                    add(inlines)
                case .bulletList(let items), .numberedList(let items):
                    add(blocks[index].isBulletList ? 2 : 3)
                    add(UInt64(items.count))
                    for item in items.indices { guard add(items[item].blocks) else { return false } }
                case .heading, .table, .quote, .note, .figure, .pageBreak, .sectionBreak:
                    return false
                }
            }
            return true
        }

        mutating func add(_ inlines: [Inline]) {
            add(UInt64(inlines.count))
            for index in inlines.indices {
                switch inlines[index] {
                case .text(let text):
                    add(5)
                    add(text)
                case .emphasis(let inner):
                    add(6)
                    add(inner)
                case .strong(let inner):
                    add(7)
                    add(inner)
                case .link(let inner, let url):
                    add(8)
                    add(url)
                    add(inner)
                case .crossReference(let anchor, let inner):
                    add(9)
                    add(anchor)
                    add(inner)
                }
            }
        }
    }
}

private extension Block {
    var isBulletList: Bool {
        if case .bulletList = self { return true }
        return false
    }
}
