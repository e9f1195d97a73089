/// Column widths from a table's content, as a browser's automatic table layout sets them:
/// no column narrower than its longest unbreakable piece of text (a year, an id, a word
/// part between soft hyphens), and the room left shared by how much text each column
/// holds on one line, so number columns stay narrow and text-heavy columns get wide.
///
/// ```swift
/// let fitted = TableWidths.portrait.fitted(table)          // new relative widths
/// let landscape = TableWidths.portrait.needsMoreRoom(table)  // columns do not fit upright
/// let document = TableWidths.apply(to: document)           // every table, by its page
/// TableWidths.apply(to: &document)                          // the same, in place
/// ```
///
/// Widths are counted in characters of table text (9 pt); the writers turn the relative
/// widths into twips or per cent of the page they print on.
public struct TableWidths: Sendable {
    /// Characters of table text on one line of the page's text width.
    public let capacity: Int
    /// A cell's padding and border, in characters.
    public let padding: Int

    /// A4 portrait and landscape with 2.5 cm margins.
    public static let portrait = TableWidths(capacity: 96)
    public static let landscape = TableWidths(capacity: 150)
    /// A web page's text column on a desktop screen (1280 px): as many characters as a
    /// portrait page, in cells padded wider.
    public static let screen = TableWidths(capacity: 96, padding: 3)

    /// A column narrower than this reads as a word list, whatever its longest word.
    static let comfortable = 8
    /// The longest piece a word of letters is taken to break into by hyphenation.
    static let hyphenatedPiece = 10

    public init(capacity: Int, padding: Int = 2) {
        self.capacity = capacity
        self.padding = padding
    }

    /// Each table of `document` fitted to the page it prints on (`landscape` between a
    /// landscape section break and the next portrait one). A web page's column is as wide
    /// for every table: `apply(to: document, portrait: .screen, landscape: .screen)`.
    public static func apply(to document: Document, portrait: TableWidths = .portrait,
                             landscape: TableWidths = .landscape) -> Document {
        var copy = document
        apply(to: &copy, portrait: portrait, landscape: landscape)
        return copy
    }

    /// `apply(to:portrait:landscape:)` in place. A uniquely held document is changed where
    /// it is: no second tree.
    public static func apply(to document: inout Document, portrait: TableWidths = .portrait,
                             landscape: TableWidths = .landscape) {
        apply(to: &document, portrait: portrait, landscape: landscape) { _ in nil }
    }

    /// `apply(to:portrait:landscape:)` in place, with `prepare` run on each of the
    /// document's blocks just before its tables are fitted (soft hyphens into them), so
    /// preparing and fitting are one walk. What `prepare` returns for a table are the
    /// measures it already knows of its texts (`MeasuredTexts`), so they are not read again.
    ///
    /// ```swift
    /// TableWidths.apply(to: &document, portrait: .screen, landscape: .screen) { block in hyphens.prepare(&block) }
    /// ```
    package static func apply(to document: inout Document, portrait: TableWidths, landscape: TableWidths,
                              preparing prepare: (inout Block) -> MeasuredTexts?) {
        var page = portrait
        for index in document.blocks.indices {
            let known = prepare(&document.blocks[index])
            // Taken with `if case`, which lets go of the table's box (a switch holds on to it).
            if case .table(var table) = document.blocks[index] {
                document.blocks[index] = .pageBreak
                page.fit(&table, known: known)
                document.blocks[index] = .table(table)
            } else if case .sectionBreak(let orientation) = document.blocks[index] {
                page = orientation == .landscape ? landscape : portrait
            }
        }
    }

    /// The table with widths from its content. A table whose longest pieces do not fit
    /// side by side lets a number and its unit ("~17,2 MSEK") share lines: the hard space
    /// before the unit becomes an ordinary one.
    public func fitted(_ table: Table) -> Table {
        var table = table
        fit(&table)
        return table
    }

    /// `fitted(_:)` in place.
    public func fit(_ table: inout Table) { fit(&table, known: nil) }

    /// `fit(_:)` with the measures of texts known already (`apply(to:portrait:landscape:preparing:)`).
    private func fit(_ table: inout Table, known: MeasuredTexts?) {
        guard !table.columns.isEmpty else { return }
        let room = Double(max(1, capacity - padding * table.columns.count))
        var measure = known?.columns ?? Self.measures(table, known: known ?? MeasuredTexts())
        if Double(measure.map(\.least).reduce(0, +)) > room {
            Self.loosen(&table)
            measure = Self.measures(table)
        }
        let least = measure.map { Double($0.least) }
        let most = measure.map { Double(max($0.most, $0.least)) }
        let sumLeast = least.reduce(0, +)
        let sumMost = most.reduce(0, +)
        let widths: [Double]
        if sumMost <= room || sumMost == sumLeast {
            widths = most
        } else if sumLeast >= room {
            widths = least
        } else {
            let share = (room - sumLeast) / (sumMost - sumLeast)
            widths = zip(least, most).map { $0 + ($1 - $0) * share }
        }
        for index in table.columns.indices { table.columns[index].width = max(1, widths[index] + Double(padding)) }
    }

    /// The table with every hard space before a unit of letters ("17,2\u{A0}MSEK") made an
    /// ordinary space; hard spaces between digits ("1\u{A0}000") and before signs ("42,5\u{A0}%")
    /// stay. A table without hard spaces is the same table, its storage untouched.
    static func loosened(_ table: Table) -> Table {
        guard table.containsCellText(where: hasHardSpace) else { return table }
        var copy = table
        loosen(&copy)
        return copy
    }

    /// `loosened(_:)` in place; texts without a hard space are not rewritten.
    private static func loosen(_ table: inout Table) {
        table.updateCellText { text in
            guard hasHardSpace(text) else { return nil }
            var result = ""
            var characters = text.makeIterator()
            var previous: Character?
            var current = characters.next()
            while let character = current {
                let next = characters.next()
                let afterNumber = previous.map { !$0.isLetter && !$0.isWhitespace } ?? false
                let beforeUnit = character == "\u{A0}" && afterNumber && (next?.isLetter ?? false)
                result.append(beforeUnit ? " " : character)
                previous = character
                current = next
            }
            return result
        }
    }

    /// Whether the text may hold U+00A0, whose UTF-8 ends in the byte A0 (no text without that byte holds it).
    private static func hasHardSpace(_ text: String) -> Bool { text.containsUTF8(0xA0) }

    /// Whether the columns need more than this page's width to show their longest pieces
    /// and a comfortable line of text each. Long words count as the pieces the paged
    /// formats' hyphenation makes of them (`hyphenatedPiece` letters), since layouts ask
    /// before the soft hyphens are in, and a number and its unit may share lines as in
    /// `fitted`.
    public func needsMoreRoom(_ table: Table) -> Bool {
        Self.measures(Self.loosened(table), wordCap: Self.hyphenatedPiece).map { max($0.least, min($0.most, Self.comfortable)) + padding }.reduce(0, +) > capacity
    }

    // MARK: Measuring

    /// What `fit(_:)` measures of a line of text: its longest unbreakable piece and its
    /// characters but soft hyphens.
    package struct TextMeasure: Sendable, Equatable {
        let piece: Int
        let characters: Int
    }

    /// The measure of a line that is the one text `text`, as `fit(_:)` takes it.
    package static func measure(ofText text: String) -> TextMeasure {
        lineMeasure([.text(text)], wordCap: .max)
    }

    /// Per column: the longest unbreakable piece and the longest line unwrapped, in
    /// characters; cells spanning columns count for none of them. Lines of one text that
    /// `known` holds are not read again.
    static func measures(_ table: Table, wordCap: Int = .max, known: MeasuredTexts = MeasuredTexts()) -> [(least: Int, most: Int)] {
        var result = Array(repeating: (least: 1, most: 1), count: table.columns.count)
        var known = known
        TableGrid.placeCells(of: table.header + table.body, columnCount: table.columns.count) { _, column, _, _, cell in
            guard cell.colSpan <= 1 else { return }
            var least = 1
            var most = 1
            Self.measure(cell.blocks, indent: 0, wordCap: wordCap, known: &known, least: &least, most: &most)
            result[column].least = max(result[column].least, least)
            result[column].most = max(result[column].most, most)
        }
        return result
    }

    private static func measure(_ blocks: [Block], indent: Int, wordCap: Int, known: inout MeasuredTexts,
                                least: inout Int, most: inout Int) {
        func line(_ text: String) {
            least = max(least, indent + longestPiece(text, wordCap: wordCap))
            most = max(most, indent + characterCount(text))
        }
        func line(_ inlines: [Inline]) {
            let measure = known.measure(of: inlines) ?? lineMeasure(inlines, wordCap: wordCap)
            least = max(least, indent + measure.piece)
            most = max(most, indent + measure.characters)
        }
        func measure(_ blocks: [Block], indent: Int) {
            Self.measure(blocks, indent: indent, wordCap: wordCap, known: &known, least: &least, most: &most)
        }
        for block in blocks {
            switch block {
            case .paragraph(let inlines): line(inlines)
            case .heading(let heading): line(heading.text)
            case .bulletList(let items), .numberedList(let items):
                for item in items { measure(item.blocks, indent: indent + 2) }
            case .quote(let inner), .note(_, let inner): measure(inner, indent: indent + 1)
            case .table(let inner):
                for row in inner.header + inner.body {
                    for cell in row.cells { measure(cell.blocks, indent: indent + 1) }
                }
            case .figure(let figure): line(figure.caption)
            case .pageBreak, .sectionBreak: continue
            }
        }
    }

    /// The words of a run as one line, measured text by text over their bytes when all are
    /// single-scalar, else as the joined text.
    private static func lineMeasure(_ inlines: [Inline], wordCap: Int) -> TextMeasure {
        var measure = LineMeasure(wordCap: wordCap)
        guard measure.add(inlines) else {
            let text = inlines.plainText
            return TextMeasure(piece: longestPiece(text, wordCap: wordCap), characters: characterCount(text))
        }
        return TextMeasure(piece: measure.longestPiece, characters: measure.characters)
    }

    /// The characters of `text` but soft hyphens; in single-scalar text, its scalars.
    private static func characterCount(_ text: String) -> Int {
        guard text.singleScalarColumns != nil else { return text.filter { $0 != "\u{AD}" }.count }
        return text.unicodeScalars.reduce(0) { $1 == "\u{AD}" ? $0 : $0 + 1 }
    }

    /// The longest run of characters a line cannot break inside: breaks fall at spaces,
    /// after hyphens, dashes and slashes, and at soft hyphens (which then print "-").
    /// A run of letters only counts as at most `wordCap`.
    static func longestPiece(_ text: String, wordCap: Int = .max) -> Int {
        // Single-scalar text (Swedish) is measured by its scalars, other text by its characters.
        text.singleScalarColumns != nil ? longestPiece(of: text.unicodeScalars, wordCap: wordCap) : longestPiece(of: text, wordCap: wordCap)
    }

    private static func longestPiece<Units: Sequence>(of units: Units, wordCap: Int) -> Int where Units.Element: TextUnit {
        var measure = LineMeasure(wordCap: wordCap)
        for unit in units { measure.add(unit) }
        return measure.longestPiece
    }
}

/// One line of table text measured as it is read, unit by unit or (single-scalar text)
/// by its bytes: its longest unbreakable piece (`TableWidths.longestPiece(_:wordCap:)`)
/// and its characters but soft hyphens.
///
/// ```swift
/// var measure = LineMeasure(wordCap: .max)
/// if measure.add(inlines) { print(measure.longestPiece, measure.characters) }
/// ```
struct LineMeasure {
    let wordCap: Int
    /// The characters added, soft hyphens not counted.
    private(set) var characters = 0
    private var longest = 0.0
    private var current = 0.0
    private var count = 0
    private var onlyLetters = true

    init(wordCap: Int) { self.wordCap = wordCap }

    /// The longest piece so far, the one being read included.
    var longestPiece: Int {
        var finished = self
        finished.end(adding: 0)
        return Int(finished.longest.rounded(.up))
    }

    mutating func add(_ unit: some TextUnit) {
        let kind = unit.breakKind
        switch kind {
        case .space: end(adding: 0)
        case .mark: end(adding: 1)
        case .none:
            // Capitals and digits are wider than the average character.
            current += unit.isUppercase || unit.isNumber ? 1.4 : 1
            count += 1
            onlyLetters = onlyLetters && unit.isLetter
        }
    }

    /// Adds the texts of `inlines` in reading order, as `plainText` joins them; false when
    /// any is not single-scalar text (the measure is then incomplete).
    mutating func add(_ inlines: [Inline]) -> Bool {
        for inline in inlines {
            switch inline {
            case .text(let text):
                var text = text
                guard text.withUTF8({ bytes in Latin1Class.withTable { add(bytes: bytes, table: $0) } }) else { return false }
            case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner):
                guard add(inner) else { return false }
            }
        }
        return true
    }

    /// Adds single-scalar UTF-8 text by its scalars; false when it is not single-scalar.
    /// ASCII and Latin-1 (å, ä, ö, the soft hyphen) are told apart by `Latin1Class`'s `table`.
    private mutating func add(bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Lower-case ASCII letters, most of a Swedish word, first: one narrow character each.
            if byte &- UInt8(ascii: "a") < 26 {
                let run = ASCIILetterRun.length(from: index, in: bytes, lowercaseOnly: true)
                // One at a time, as the widths of other characters are added in between.
                for _ in 0..<run { current += 1 }
                count += run
                characters += run
                index += run
                continue
            }
            let value: UInt32
            if byte < 0x80 && byte != 0x0D {
                value = UInt32(byte)
                index += 1
            } else if byte == 0xC2 || byte == 0xC3 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else {
                guard let (scalar, length) = singleScalar(at: index, in: bytes) else { return false }
                characters += 1
                add(scalar)
                index += length
                continue
            }
            if value != 0xAD { characters += 1 }
            add(Latin1Class(value, in: table))
        }
        return true
    }

    /// `add(_:)` of a Latin-1 scalar, by its class.
    @inline(__always)
    private mutating func add(_ kind: Latin1Class) {
        switch kind.breakKind {
        case .space: end(adding: 0)
        case .mark: end(adding: 1)
        case .none:
            // Capitals and digits are wider than the average character.
            current += kind.isWide ? 1.4 : 1
            count += 1
            onlyLetters = onlyLetters && kind.isLetter
        }
    }

    private mutating func end(adding mark: Double) {
        let length = onlyLetters && count > wordCap ? Double(wordCap) : current
        if count > 0 { longest = max(longest, length + mark) }
        current = 0
        count = 0
        onlyLetters = true
    }
}
