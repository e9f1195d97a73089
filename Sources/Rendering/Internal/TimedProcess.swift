import Foundation

// Runs a program to its end or until a time limit, collecting its standard output and
// error. At the limit it is asked to stop (SIGTERM), then killed (SIGKILL).
struct TimedProcess {
    let executable: URL
    let arguments: [String]
    let timeLimit: TimeInterval

    struct Result {
        /// Nil when the time limit stopped the program.
        let status: Int32?
        let output: Data
        let error: Data
    }

    /// Throws only when the program cannot be started at all, or what it wrote cannot be
    /// read (after it ended).
    func run() throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Both pipes are read while the program runs, so a full pipe cannot block it; a read
        // that fails is thrown, where `readDataToEndOfFile()` would end this process.
        let outputHandle = output.fileHandleForReading, errorHandle = error.fileHandleForReading
        let outputData = Background { Swift.Result { try outputHandle.readToEnd() ?? Data() } }
        let errorData = Background { Swift.Result { try errorHandle.readToEnd() ?? Data() } }
        var timedOut = false
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGTERM)
            if finished.wait(timeout: .now() + 3) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        return Result(status: timedOut ? nil : process.terminationStatus, output: try outputData.value.get(), error: try errorData.value.get())
    }
}
