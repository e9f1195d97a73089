// A part or a package could not be written: libxml2 or libzip failed (most often for
// want of memory). The message is Swedish, for the writer to place after the file's name.
package struct WriteFailure: Error, Sendable, CustomStringConvertible {
    package let message: String

    package init(message: String) { self.message = message }

    package var description: String { message }
}
