import CacheIsolation
import Foundation
import Testing

/// libzip and libxml2 are loaded only by a run that reads or writes an archive, or parses a
/// part: with the reference document cached, a plan to Word does neither.
@Suite("libzip and libxml2, loaded when first needed")
struct SharedLibraryLoadingTests {
    let render = RenderProcess()

    /// Which of the two the run loaded, from the loader's own list of what it opens
    /// (`LD_DEBUG=files`, on standard error).
    private func loads(_ arguments: [String], cache: URL) throws -> (libzip: Bool, libxml2: Bool, result: RenderProcess.Result) {
        let result = try render.run(arguments, environment: ["XDG_CACHE_HOME": cache.path, "LD_DEBUG": "files"])
        return (result.errors.contains("file=libzip.so"), result.errors.contains("file=libxml2.so"), result)
    }

    @Test func aRunWithTheReferenceCachedLoadsNeither() throws {
        // The cache keeps nothing from an executable changed in the last two seconds (the
        // racy-clean rule), as a freshly linked test build may be.
        cache_isolation_wait_for_trusted_file(RenderProcess.products.appendingPathComponent("render").path)

        let cache = try RenderProcess.temporaryDirectory()
        let out = try RenderProcess.temporaryDirectory()
        let arguments = ["vanersborg", "--format", "docx", "--out", out.path, "--quiet"]
        let first = try loads(arguments, cache: cache)
        #expect(first.result.status == 0)
        #expect(first.libzip, "the first run reads the reference document with libzip")
        #expect(first.libxml2, "and parses its parts with libxml2")
        let written = try Data(contentsOf: out.appendingPathComponent("vanersborg.docx"))

        let second = try loads(arguments, cache: cache)
        #expect(second.result.status == 0)
        #expect(!second.libzip, "the reference came from the cache, so no archive was read")
        #expect(!second.libxml2, "nor any part parsed: the Word file is written without libxml2")
        #expect(try Data(contentsOf: out.appendingPathComponent("vanersborg.docx")) == written)
    }

    @Test func importingAWordFileLoadsBothAndReadsTheArchive() throws {
        let cache = try RenderProcess.temporaryDirectory()
        let out = try RenderProcess.temporaryDirectory()
        let made = try render.run(["vanersborg", "--format", "docx", "--out", out.path, "--quiet"],
                                  environment: ["XDG_CACHE_HOME": cache.path])
        #expect(made.status == 0)
        let imported = try loads(["import", out.appendingPathComponent("vanersborg.docx").path], cache: cache)
        #expect(imported.libzip)
        #expect(imported.libxml2)
        #expect(imported.result.status == 0, "\(imported.result.errors.suffix(400))")
        #expect(imported.result.output.contains("Handlingsplan"))
    }
}
