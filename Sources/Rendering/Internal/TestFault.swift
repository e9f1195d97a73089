import Foundation

// The failure tests inject to see how a writer's failure is reported: RENDER_TEST_FAULT
// names a libzip step that then fails ("zip-add", "zip-close", "zip-read-back"). Read
// once; unset in normal runs.
enum TestFault {
    static let docx: String? = ProcessInfo.processInfo.environment["RENDER_TEST_FAULT"]
}
