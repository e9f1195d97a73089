import Foundation

/// The warning that hyphenation is missing, given once per process however many files are
/// written (in parallel too), so the command line says it once.
///
/// ```swift
/// warnings += HyphenationWarning.once(error.message)  // [message] the first time, then []
/// ```
public enum HyphenationWarning {
    private static let state = State()

    public static func once(_ message: String) -> [String] {
        state.take() ? [message] : []
    }

    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var given = false

        func take() -> Bool {
            lock.withLock {
                defer { given = true }
                return !given
            }
        }
    }
}
