import DocumentModel

// A document text copied into the writer's buffer as `Document.sanitised()` would have
// left it, in the one scan that copies it: carriage returns become line feeds (one for
// "\r\n"), and what `TextHygiene` removes is left out. The scan also tells whether the
// copy is single-scalar text (see `singleScalarColumns(of:)`), which wrapping and width
// then read in its bytes. It passes over what the HTML and Word writers' `TextBytes`
// passes over (`TextBytes.plainEnd`: printable ASCII but `"&<>`, Latin letters, eight
// bytes at a time) and puts each other scalar to `TextHygiene.cleans(at:in:)` and
// `singleScalarColumns(of:)` by its bytes, so the rules stay DocumentModel's own.
// `TextBytes.append` itself does not serve here: this copy goes into the text writer's
// `ByteBuffer`, can leave soft hyphens out, and says whether it is single-scalar.
//
// ```swift
// var buffer = ByteBuffer()
// CleanText.append("Rad 1\r\nRad\u{AD}2\u{0}", .withoutSoftHyphens, to: &buffer)   // true: "Rad 1\nRad2"
// ```
enum CleanText {
    enum Mode {
        /// As `TextHygiene.clean` leaves the text: what the sanitised document held.
        case clean
        /// Cleaned and without soft hyphens, which are for paged formats: the words of a paragraph.
        case withoutSoftHyphens
        /// As it is (a link's address, already made safe, and the texts the sanitised document did not clean).
        case asIs
    }

    /// Appends `text` as `mode` has it; whether what was appended is single-scalar text.
    @discardableResult
    static func append(_ text: String, _ mode: Mode, to buffer: inout ByteBuffer) -> Bool {
        var text = text
        return text.withUTF8 { append($0, mode, to: &buffer) }
    }

    @discardableResult
    static func append(_ source: UnsafeBufferPointer<UInt8>, _ mode: Mode, to buffer: inout ByteBuffer) -> Bool {
        buffer.reserve(source.count)
        var singleScalar = true
        // Bytes from `run` on are still to be copied as they are.
        var run = 0
        var index = 0
        let count = source.count
        while index < count {
            index = TextBytes.plainEnd(of: source, from: index)
            guard index < count else { break }
            let byte = source[index]
            // Printable ASCII, line feed and tab are kept as they are; a scalar is passed over whole.
            if byte &- 0x20 < 0x5F || byte == 0x0A || byte == 0x09 {
                index += 1
                continue
            }
            if byte == 0x0D && mode != .asIs {
                // A line break, as "\n" is; a line feed right after it is part of it.
                buffer.append(UnsafeBufferPointer(rebasing: source[run..<index]))
                buffer.append(0x0A)
                index += 1
                if index < count && source[index] == 0x0A { index += 1 }
                run = index
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            // What cleaning removes (a carriage return is a line break, above), and the soft hyphen (C2 AD).
            if mode != .asIs && (TextHygiene.cleans(at: index, in: source)
                                 || mode == .withoutSoftHyphens && byte == 0xC2 && source[index + 1] == 0xAD) {
                buffer.append(UnsafeBufferPointer(rebasing: source[run..<index]))
                index += length
                run = index
                continue
            }
            if singleScalar && singleScalarColumns(of: UnsafeBufferPointer(rebasing: source[index..<index + length])) == nil {
                singleScalar = false
            }
            index += length
        }
        buffer.append(UnsafeBufferPointer(rebasing: source[run..<count]))
        return singleScalar
    }
}
