import OOXML

// The reference's table of contents: its heading paragraph and field instruction.
struct TableOfContentsTemplate: Sendable {
    let heading: Element?
    let instruction: String
    /// The outline levels listed, from the instruction's `\o "1-2"`.
    let levels: ClosedRange<Int>

    init(heading: Element?, instruction: String) {
        self.heading = heading
        self.instruction = instruction
        levels = Self.levels(in: instruction)
    }

    private static func levels(in instruction: String) -> ClosedRange<Int> {
        guard let switchRange = instruction.range(of: "\\o") else { return 1...3 }
        let digits = instruction[switchRange.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "-" }
        let bounds = digits.split(separator: "-").compactMap { Int($0) }
        guard let low = bounds.first, let high = bounds.last, low <= high else { return 1...3 }
        return low...high
    }
}
