import Foundation

// Output to the terminal: messages on standard error, progress only where a person
// is watching.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints "[n/N] id" over the previous progress line, on a terminal only.
    static func progress(_ index: Int, of total: Int, _ id: String) {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(index)/\(total)] \(id)".utf8))
    }

    static func endProgress() {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
