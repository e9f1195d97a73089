import CacheFiles
import OOXML

// The `w:rPr` of each kind of run the body writes: a link (the reference's hyperlink
// character style), bold, italic, and their combinations. Made once with the style sheet,
// so once per reference document and run, and copied into every run of every document.
struct RunFormatMarkup: Sendable {
    /// By index: 1 a link, 2 bold, 4 italic, added; empty at 0 (a plain run has no `w:rPr`).
    private let markup: [[UInt8]]

    init(hyperlinkStyle: String) {
        // A style id is the writer's own or an attribute a parser accepted, so serialising
        // it drops nothing and notes nothing.
        let diagnostics = Diagnostics()
        markup = (0..<8).map { index in
            guard index != 0 else { return [] }
            return XMLWriter.fragment(diagnostics: diagnostics) { xml in
                xml.element("w:rPr") {
                    if index & 1 != 0 { xml.empty("w:rStyle", "w:val", hyperlinkStyle) }
                    if index & 2 != 0 { xml.empty("w:b") }
                    if index & 4 != 0 { xml.empty("w:i") }
                }
            }
        }
    }

    /// The run properties of a run that is a link, bold or italic as told; empty for a plain run.
    subscript(link link: Bool, bold bold: Bool, italic italic: Bool) -> [UInt8] {
        markup[(link ? 1 : 0) | (bold ? 2 : 0) | (italic ? 4 : 0)]
    }
}

// The markup as a cache entry holds it (`StyleSheet`).
extension RunFormatMarkup {
    func encode(to encoder: inout CacheEncoder) {
        for run in markup { encoder.write(run) }
    }

    init(decoding decoder: inout CacheDecoder) {
        markup = (0..<8).map { _ in decoder.byteArray() }
    }
}
