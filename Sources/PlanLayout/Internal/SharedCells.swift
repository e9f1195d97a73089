import DocumentModel

// The table cells a layout's rows repeat: a cell of one text (a time, a responsible party)
// and the cell that says the information is missing, each made once per document and
// shared by every row that shows it, so a table of many rows holds each once. Cells are
// values: sharing one is sharing its storage, never its changes.
final class SharedCells {
    private var cells: [String: Cell] = [:]
    private var missingCell: Cell?

    /// The cell of one paragraph of `text`.
    func cell(of text: String) -> Cell {
        if let cell = cells[text] { return cell }
        let cell = Cell(text)
        cells[text] = cell
        return cell
    }

    /// The missing-information cell, made by `make` the first time.
    func missing(_ make: () -> Cell) -> Cell {
        if let missingCell { return missingCell }
        let cell = make()
        missingCell = cell
        return cell
    }
}
