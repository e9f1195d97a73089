import Foundation

// The failure tests inject to see how a writer's failure is reported: RENDER_TEST_FAULT
// names a packing step that then fails ("zip-add", "zip-close"). Read
// once; unset in normal runs.
enum TestFault {
    static let docx: String? = getenv("RENDER_TEST_FAULT").map { String(cString: $0) }
}
