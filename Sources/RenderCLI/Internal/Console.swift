import DocumentModel
import Foundation

// Output to the terminal: messages on standard error, progress only where a person
// is watching. Text from plans and arguments is printed with its control and direction
// characters made visible (`\u{1B}`), so nothing printed can move the cursor, change
// colours or reverse what the next words look like.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((escaped(message.hasSuffix("\n") ? String(message.dropLast()) : message) + "\n").utf8))
    }

    /// A line on standard output.
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((escaped(line) + "\n").utf8))
    }

    /// `text` with every character a terminal would act on written as `\u{…}`; line
    /// breaks stay line breaks.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || TextHygiene.removes($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\n") || TextHygiene.removes(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints "[n/N] id" over the previous progress line, on a terminal only.
    static func progress(_ index: Int, of total: Int, _ id: String) {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(index)/\(total)] \(escaped(id))".utf8))
    }

    static func endProgress() {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
