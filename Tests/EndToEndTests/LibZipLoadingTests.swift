import CacheIsolation
import Foundation
import Testing

/// libzip is loaded only by a run that reads or writes an archive with it: with the
/// reference document cached, a plan to Word reads none.
@Suite("libzip, loaded when first needed")
struct LibZipLoadingTests {
    let render = RenderProcess()

    /// The loader's own list of what it opens (`LD_DEBUG=files`, on standard error).
    private func loadsLibZip(_ arguments: [String], cache: URL) throws -> (loaded: Bool, result: RenderProcess.Result) {
        let result = try render.run(arguments, environment: ["XDG_CACHE_HOME": cache.path, "LD_DEBUG": "files"])
        return (result.errors.contains("file=libzip.so"), result)
    }

    @Test func aRunWithTheReferenceCachedLoadsNoLibZip() throws {
        // The cache keeps nothing from an executable changed in the last two seconds (the
        // racy-clean rule), as a freshly linked test build may be.
        cache_isolation_wait_for_trusted_file(RenderProcess.products.appendingPathComponent("render").path)

        let cache = try RenderProcess.temporaryDirectory()
        let out = try RenderProcess.temporaryDirectory()
        let arguments = ["vanersborg", "--format", "docx", "--out", out.path, "--quiet"]
        let first = try loadsLibZip(arguments, cache: cache)
        #expect(first.result.status == 0)
        #expect(first.loaded, "the first run reads the reference document with libzip")
        let written = try Data(contentsOf: out.appendingPathComponent("vanersborg.docx"))

        let second = try loadsLibZip(arguments, cache: cache)
        #expect(second.result.status == 0)
        #expect(!second.loaded, "the reference came from the cache, so no archive was read")
        #expect(try Data(contentsOf: out.appendingPathComponent("vanersborg.docx")) == written)
    }

    @Test func importingAWordFileLoadsItAndReadsTheArchive() throws {
        let cache = try RenderProcess.temporaryDirectory()
        let out = try RenderProcess.temporaryDirectory()
        let made = try render.run(["vanersborg", "--format", "docx", "--out", out.path, "--quiet"],
                                  environment: ["XDG_CACHE_HOME": cache.path])
        #expect(made.status == 0)
        let imported = try loadsLibZip(["import", out.appendingPathComponent("vanersborg.docx").path], cache: cache)
        #expect(imported.loaded)
        #expect(imported.result.status == 0, "\(imported.result.errors.suffix(400))")
        #expect(imported.result.output.contains("Handlingsplan"))
    }
}
