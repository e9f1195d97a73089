import Foundation

/// The built `render` executable, beside the test bundle.
enum Executables {
    static var render: URL {
        // The test runner is a plain executable on Linux and a bundle on macOS.
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.appendingPathComponent("render"), bundle.deletingLastPathComponent().appendingPathComponent("render")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? Repository.root.appendingPathComponent(".build/debug/render")
    }
}
