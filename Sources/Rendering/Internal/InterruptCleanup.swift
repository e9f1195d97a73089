import Foundation
import Synchronization

// Removes open temporary files when the process is interrupted (SIGINT, SIGTERM,
// SIGHUP), then exits with the shell's convention 128 + signal.
//
// A signal handler may only do async-signal-safe work, so the paths live in fixed
// C buffers with an "active" flag each, filled under a lock by the writer and only read
// (then unlinked) by the handler.
enum InterruptCleanup {
    private static let slotCount = 32
    private static let pathCapacity = Int(PATH_MAX) + 1
    // calloc: fresh memory comes zeroed from the kernel and calloc leaves it alone, so only
    // the pages a path is written to are touched (writing the 128 KB of zeros would fault
    // in all 32 of them at every start).
    nonisolated(unsafe) private static let buffers: UnsafeMutablePointer<CChar> =
        calloc(slotCount * pathCapacity, 1)!.bindMemory(to: CChar.self, capacity: slotCount * pathCapacity)
    nonisolated(unsafe) private static let active: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        pointer.initialize(repeating: 0, count: slotCount)
        return pointer
    }()
    private static let lock = Mutex(())

    /// Installs the handlers. Call once, early.
    static func install() {
        _ = buffers
        _ = active
        // A process started from a thread that blocks signals (as Dispatch's workers do)
        // inherits that mask, and the handlers would never run: the run goes on to its end
        // and leaves what it was writing. Unblocked here, before any other thread starts,
        // every thread of the run takes them. (pthread_sigmask fails only for an invalid `how`.)
        var handled = sigset_t()
        sigemptyset(&handled)
        let signals = [SIGINT, SIGTERM, SIGHUP]
        for signalNumber in signals { sigaddset(&handled, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        for signalNumber in signals {
            signal(signalNumber) { received in
                for slot in 0..<InterruptCleanup.slotCount where InterruptCleanup.active[slot] != 0 {
                    unlink(InterruptCleanup.buffers + slot * InterruptCleanup.pathCapacity)
                }
                _exit(128 + received)
            }
        }
    }

    /// Notes a temporary file; returns its slot for `unregister`, or nil when all slots
    /// are taken or the path is too long (then an interruption may leave it, and the
    /// next run in the folder removes it).
    static func register(_ path: String) -> Int? {
        lock.withLock { _ in
            let bytes = Array(path.utf8CString)
            guard bytes.count <= pathCapacity,
                  let slot = (0..<slotCount).first(where: { active[$0] == 0 }) else { return nil }
            bytes.withUnsafeBufferPointer { source in
                (buffers + slot * pathCapacity).update(from: source.baseAddress!, count: source.count)
            }
            active[slot] = 1
            return slot
        }
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in active[slot] = 0 }
    }
}
