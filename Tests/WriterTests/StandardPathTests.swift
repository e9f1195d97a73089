import CacheFiles
import Foundation
import Testing

/// The standard form of a file's path, as the cache names its entries by: Foundation's.
@Suite("A file's standard path is Foundation's")
struct StandardPathTests {
    @Test("relative and absolute paths, with . and .. components, repeated and trailing slashes")
    func standardPathIsFoundations() {
        let paths = ["templates/labels.sv.yaml", "./templates/../templates/docx/reference.docx", "/work/main/templates//labels.sv.yaml",
                     "/a/b/../c/./d", "/", "/..", "a/", "../x", "/tmp/", "templates/docx/", "/a/b/..", "/a/./", "x/../../y",
                     "/a/b/c/../../..", "/a/b/c/../../../..", "å/ö.txt", "a b/c d", "."]
        for path in paths {
            #expect(StandardPath.of(path) == URL(filePath: path, directoryHint: .notDirectory).standardizedFileURL.path, "\(path)")
        }
    }
}
