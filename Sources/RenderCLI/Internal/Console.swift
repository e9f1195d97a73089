import DocumentModel
import Foundation
import Rendering
import Synchronization
import SystemFiles

// Output to the terminal: messages on standard error, progress only where a person
// is watching. Text from plans and arguments is printed with its control and direction
// characters made visible (`\u{1B}`), so nothing printed can move the cursor, change
// colours or reverse what the next words look like.
//
// Both streams are written with write(2), every byte, through short writes and signals.
// A stream that refuses (a full disk, a closed descriptor) is remembered: a run that would
// have ended with 0 ends with 4, as a script reading its output must learn, and a refused
// standard output is named on standard error once. Foundation's `FileHandle.write(_:)` would
// end the process there instead.
enum Console {
    private static let outputRefused = Atomic<Bool>(false)
    private static let errorRefused = Atomic<Bool>(false)

    static func error(_ message: String) {
        let line = escaped(message.hasSuffix("\n") ? String(message.dropLast()) : message) + "\n"
        if write(line, to: STDERR_FILENO) != nil { errorRefused.store(true, ordering: .relaxed) }
    }

    /// A line on standard output.
    static func output(_ line: String) {
        output(text: escaped(line) + "\n")
    }

    /// `text` on standard output as it is: help, a plan file the importer wrote.
    static func output(text: String) {
        guard !outputRefused.load(ordering: .relaxed), let code = write(text, to: STDOUT_FILENO) else { return }
        refuseOutput(code)
    }

    /// Bytes on standard output as they are: the open-data JSON.
    static func output(_ data: Data) {
        guard !outputRefused.load(ordering: .relaxed), let code = data.withUnsafeBytes({ write($0, to: STDOUT_FILENO) }) else { return }
        refuseOutput(code)
    }

    /// The code a run that would end with `code` ends with: 4 instead of 0 when a stream
    /// refused a write.
    static func exitStatus(_ code: Int32) -> Int32 {
        let refused = outputRefused.load(ordering: .relaxed) || errorRefused.load(ordering: .relaxed)
        return code == ExitStatus.ok.rawValue && refused ? ExitStatus.io.rawValue : code
    }

    private static func refuseOutput(_ code: Int32) {
        // Once: what a command goes on printing after the first refusal is not written.
        guard !outputRefused.exchange(true, ordering: .relaxed) else { return }
        error("fel: standard ut kunde inte skrivas: \(SystemMessage.text(code)).")
    }

    /// Writes `text` to `descriptor`; nil when every byte was written, else the system's error.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
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
        if write("\r\u{1B}[K[\(index)/\(total)] \(escaped(id))", to: STDERR_FILENO) != nil { errorRefused.store(true, ordering: .relaxed) }
    }

    static func endProgress() {
        guard standardErrorIsTerminal else { return }
        if write("\r\u{1B}[K", to: STDERR_FILENO) != nil { errorRefused.store(true, ordering: .relaxed) }
    }
}
