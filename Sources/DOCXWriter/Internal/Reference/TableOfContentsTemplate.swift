import CacheFiles
import DocumentModel
import OOXML

// The reference's table of contents: its heading paragraph and field instruction.
struct TableOfContentsTemplate: Sendable {
    let heading: Element?
    let instruction: String
    /// The outline levels listed, from the instruction's `\o "1-3"`.
    let levels: ClosedRange<Int>

    init(heading: Element?, instruction: String) {
        self.heading = heading
        self.instruction = instruction
        levels = Self.levels(in: instruction)
    }

    /// The contents no deeper than `depth` (the document's `contentsDepth`): the
    /// instruction's `\o` range narrowed too, so that Word and LibreOffice list the same
    /// levels when they update the field. A reference without an `\o` range, or one no
    /// deeper than `depth`, is used as it is.
    func reaching(_ depth: Int?) -> TableOfContentsTemplate {
        guard let depth, levels.lowerBound <= depth, depth < levels.upperBound,
              let switchRange = instruction.firstRange(ofText: "\\o"),
              let open = instruction[switchRange.upperBound...].firstIndex(of: "\""),
              let close = instruction[instruction.index(after: open)...].firstIndex(of: "\"") else { return self }
        let narrowed = instruction[..<instruction.index(after: open)] + "\(levels.lowerBound)-\(depth)" + instruction[close...]
        return TableOfContentsTemplate(heading: heading, instruction: String(narrowed))
    }

    private static func levels(in instruction: String) -> ClosedRange<Int> {
        guard let switchRange = instruction.firstRange(ofText: "\\o") else { return 1...3 }
        let digits = instruction[switchRange.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "-" }
        let bounds = digits.split(separator: "-").compactMap { Int($0) }
        guard let low = bounds.first, let high = bounds.last, low <= high else { return 1...3 }
        return low...high
    }
}

// The template as a cache entry holds it (`ReferenceContent`), its levels with it.
extension TableOfContentsTemplate {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(heading)
        encoder.write(instruction)
        encoder.write(signed: levels.lowerBound)
        encoder.write(signed: levels.upperBound)
    }

    /// The template `encode(to:)` wrote, or nil when its levels are no range.
    init?(decoding decoder: inout CacheDecoder) {
        heading = decoder.optionalElement()
        instruction = decoder.string()
        let low = decoder.signed()
        let high = decoder.signed()
        guard low <= high else { return nil }
        levels = low...high
    }
}
