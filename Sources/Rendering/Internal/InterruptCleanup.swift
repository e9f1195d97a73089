import Foundation
import Synchronization

// Removes open temporary files when the process is interrupted (SIGINT, SIGTERM,
// SIGHUP), then exits with the shell's convention 128 + signal.
final class InterruptCleanup: Sendable {
    static let shared = InterruptCleanup()

    private let paths = Mutex<Set<String>>([])
    // Kept for the life of the process: a released source stops delivering signals.
    // Set once in init and never touched again, so sharing it is safe.
    nonisolated(unsafe) private let sources: [any DispatchSourceSignal]

    private init() {
        sources = [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                for path in InterruptCleanup.shared.paths.withLock({ $0 }) { unlink(path) }
                exit(128 + signalNumber)
            }
            source.resume()
            return source
        }
    }

    func register(_ path: String) { _ = paths.withLock { $0.insert(path) } }
    func unregister(_ path: String) { _ = paths.withLock { $0.remove(path) } }
}
