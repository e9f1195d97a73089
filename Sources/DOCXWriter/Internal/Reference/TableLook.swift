import CacheFiles
import OOXML

// The look of the plan's tables, read from the sample table of a reference document: the
// first table after the cover. Its first row is the header row, a row of one cell across
// the table is a band (an activity's or goal's row), the next other row a body row. Each
// kind's cell shading, cell borders and paragraph style go onto every table the writer
// writes, as direct cell properties beside the table style: Word and LibreOffice both show
// and change those on the sample table (LibreOffice lists no table styles from a Word file),
// and both honour them in the documents. What the sample leaves out, the table style gives;
// a reference without a sample table is the table style alone.
struct TableLook: Sendable {
    /// The look of one kind of cell, as the sample's cells of that kind have it.
    struct Cells: Sendable {
        /// `w:shd`, or nil: the table style's shading.
        var shading: Element?
        /// The first cell's `w:tcBorders`: its left edge, the line on its right between
        /// columns, top, bottom and diagonals.
        var firstBorders: Element?
        /// The last cell's `w:tcBorders`: the line on its left between columns, and the
        /// table's right edge.
        var lastBorders: Element?
        /// The style id of the cells' paragraphs, or nil: the writer's table text styles.
        var paragraphStyle: String?
        /// A cell's borders and shading as markup, made once: by whether the cell is the
        /// row's first (1) and last (2), the index of `edgeMarkup`.
        private var edgeMarkup: [[UInt8]] = Array(repeating: [], count: 4)

        static let none = Cells()

        init() {}

        init(row: Element, styles: Set<String>) {
            let cells = row.all("w:tc")
            let first = cells.first?.first("w:tcPr")
            let last = cells.last?.first("w:tcPr")
            shading = first?.first("w:shd")
            firstBorders = first?.first("w:tcBorders")
            lastBorders = last?.first("w:tcBorders")
            paragraphStyle = cells.first?.first("w:p")?.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"]
                .flatMap { styles.contains($0) ? $0 : nil }
            // Cells of a reference's sample table hold only what its parser accepted, so
            // serialising drops nothing and notes nothing.
            let diagnostics = Diagnostics()
            edgeMarkup = (0..<4).map { index in
                // A cell that is first (and last) as a one-column row's only cell, or neither as a middle one.
                let column = index & 1 != 0 ? 0 : 1
                let count = index & 2 != 0 ? column + 1 : column + 2
                let borders = borders(column: column, span: 1, of: count)
                return XMLWriter.fragment(diagnostics: diagnostics) { xml in
                    borders?.write(to: xml)
                    shading?.write(to: xml)
                }
            }
        }

        /// The `w:tcBorders` and `w:shd` of a cell from grid column `column` spanning
        /// `span` of `count` columns, as markup (`borders(column:span:of:)`, then `shading`).
        func edgeMarkup(column: Int, span: Int, of count: Int) -> [UInt8] {
            edgeMarkup[(column == 0 ? 1 : 0) | (column + span >= count ? 2 : 0)]
        }

        /// The borders of a cell from grid column `column` spanning `span` of `count`
        /// columns: the first sample cell's left edge on the first column, the last's right
        /// edge on the last, and inside the lines between the sample's columns.
        private func borders(column: Int, span: Int, of count: Int) -> Element? {
            guard firstBorders != nil || lastBorders != nil else { return nil }
            func side(_ borders: Element?, _ name: String, _ alternative: String) -> Element? {
                borders.flatMap { $0.first(name) ?? $0.first(alternative) }.map { Self.renamed($0, name) }
            }
            let edges = firstBorders ?? lastBorders
            // In schema order: top, left (start), bottom, right (end), insideH, insideV, tl2br, tr2bl.
            let sides: [Element?] = [
                edges?.first("w:top"), side(column == 0 ? firstBorders : lastBorders, "w:left", "w:start"),
                edges?.first("w:bottom"), side(column + span >= count ? lastBorders : firstBorders, "w:right", "w:end"),
            ] + ["w:insideH", "w:insideV", "w:tl2br", "w:tr2bl"].map { edges?.first($0) }
            return Element("w:tcBorders", elements: sides.compactMap { $0 })
        }

        private static func renamed(_ element: Element, _ name: String) -> Element {
            var copy = element
            copy.name = name
            return copy
        }
    }

    /// The sample's table borders and cell margins (`w:tblBorders`, `w:tblCellMar`), as
    /// Word writes them when the whole table is formatted.
    var tableBorders: Element?
    var cellMargins: Element?
    var header = Cells.none
    var band = Cells.none
    var body = Cells.none

    /// The table style alone: a reference without a sample table.
    static let none = TableLook()

    init() {}

    /// The look of the first table in `elements` (the body after the cover), or of none.
    init(sampleIn elements: [Element], styles: StyleSheet) {
        guard let table = elements.first(where: { $0.name == "w:tbl" }) else { return }
        let styleIds = Set(styles.part.root.all("w:style").compactMap { $0[attribute: "w:styleId"] })
        let properties = table.first("w:tblPr")
        tableBorders = properties?.first("w:tblBorders")
        cellMargins = properties?.first("w:tblCellMar")
        let rows = table.all("w:tr")
        guard let first = rows.first else { return }
        header = Cells(row: first, styles: styleIds)
        let rest = rows.dropFirst()
        if let band = rest.first(where: { $0.all("w:tc").count == 1 }) { self.band = Cells(row: band, styles: styleIds) }
        if let body = rest.first(where: { $0.all("w:tc").count > 1 }) { self.body = Cells(row: body, styles: styleIds) }
    }
}

// The look as a cache entry holds it (`ReferenceContent`), each kind of cell's markup with it.
extension TableLook {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(tableBorders)
        encoder.write(cellMargins)
        for cells in [header, band, body] { cells.encode(to: &encoder) }
    }

    init(decoding decoder: inout CacheDecoder) {
        tableBorders = decoder.optionalElement()
        cellMargins = decoder.optionalElement()
        header = Cells(decoding: &decoder)
        band = Cells(decoding: &decoder)
        body = Cells(decoding: &decoder)
    }
}

extension TableLook.Cells {
    fileprivate func encode(to encoder: inout CacheEncoder) {
        encoder.write(shading)
        encoder.write(firstBorders)
        encoder.write(lastBorders)
        encoder.write(paragraphStyle != nil)
        if let paragraphStyle { encoder.write(paragraphStyle) }
        for markup in edgeMarkup { encoder.write(markup) }
    }

    fileprivate init(decoding decoder: inout CacheDecoder) {
        shading = decoder.optionalElement()
        firstBorders = decoder.optionalElement()
        lastBorders = decoder.optionalElement()
        paragraphStyle = decoder.bool() ? decoder.string() : nil
        edgeMarkup = (0..<4).map { _ in decoder.byteArray() }
    }
}
