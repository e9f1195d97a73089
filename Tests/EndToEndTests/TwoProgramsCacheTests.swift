import CacheIsolation
import Foundation
import Testing

/// Two builds of the command run in turn over the same cache folder (here `render` and
/// `render-fixtures`, both with the default templates) each keep their own entries: after
/// the first run of each, neither saves anything again.
@Suite("Cache folder shared by two programs run in turn")
struct TwoProgramsCacheTests {
    /// Every file in `folder` with its inode: a saved entry is a new file renamed into place.
    func files(_ folder: URL) throws -> [String: UInt64] {
        var files: [String: UInt64] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var status = stat()
            try #require(stat(folder.appendingPathComponent(name).path, &status) == 0)
            files[name] = UInt64(status.st_ino)
        }
        return files
    }

    @Test func eachProgramKeepsItsOwnEntries() throws {
        for program in ["render", "render-fixtures"] {
            cache_isolation_wait_for_trusted_file(RenderProcess.products.appendingPathComponent(program).path)
        }
        let cache = try RenderProcess.temporaryDirectory()
        let out = try RenderProcess.temporaryDirectory()
        defer { for folder in [cache, out] { try? FileManager.default.removeItem(at: folder) } }
        func run(_ program: String, _ plan: String) throws {
            let result = try RenderProcess(program).run([plan, "--format", "docx", "--out", out.path, "--quiet"],
                                                       environment: ["XDG_CACHE_HOME": cache.path])
            #expect(result.status == 0, "\(result.errors.suffix(400))")
        }
        let folder = cache.appendingPathComponent("render")
        try run("render", "vanersborg")
        let first = try files(folder)
        try run("render-fixtures", "giltig")
        let both = try files(folder)
        #expect(both.filter { first[$0.key] == $0.value } == first, "the second program left the first one's entries")
        for kind in [".ref1", ".lbl1"] {
            #expect(both.keys.filter { $0.hasSuffix(kind) }.count == 2, "an entry of \(kind) for each program")
        }
        try run("render", "vanersborg")
        try run("render-fixtures", "giltig")
        #expect(try files(folder) == both, "each took its own entries and saved none")
    }
}
