import Foundation
import SystemFiles
import Testing

/// Reads that fail keep the system's reason, and an absent folder is told from one that
/// cannot be read.
@Suite("Files and folders are read with the system's reason when they cannot be")
struct FileReaderTests {
    /// The error number a read failed with; nil, and a failed test, when it succeeded.
    private func failure<T>(_ read: () throws(FileReader.Failure) -> T) -> Int32? {
        do {
            _ = try read()
            Issue.record("the read succeeded")
            return nil
        } catch {
            return error.code
        }
    }

    @Test func aFolderListsItsNamesSortedAndAnAbsentFolderIsNil() throws {
        let folder = try Folder.temporary()
        for name in ["ö.json", "b.json", "a.json"] { try Data().write(to: folder.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c"), withIntermediateDirectories: false)
        #expect(try FileReader.names(inFolder: folder.path) == ["a.json", "b.json", "c", "ö.json"])
        #expect(try FileReader.names(inFolder: folder.appendingPathComponent("saknas").path) == nil)
    }

    @Test func aFileWhereAFolderShouldBeIsAnErrorNotAnAbsentFolder() throws {
        let file = try Folder.temporary().appendingPathComponent("fil")
        try Data("x".utf8).write(to: file)
        #expect(failure { () throws(FileReader.Failure) in try FileReader.names(inFolder: file.path) } == ENOTDIR)
        #expect(FileReader.Failure(code: ENOTDIR).reason == "en del av sökvägen är en fil, inte en mapp")
    }

    @Test func aFileIsReadWholeAndAFolderOrAbsentFileHasItsReason() throws {
        let folder = try Folder.temporary()
        // More than one read's buffer, so that the loop and the appends are exercised.
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = folder.appendingPathComponent("stor.bin")
        try bytes.write(to: file)
        #expect(try FileReader.contents(of: file.path) == bytes)
        #expect(failure { () throws(FileReader.Failure) in try FileReader.contents(of: folder.appendingPathComponent("tom").path) } == ENOENT)
        #expect(failure { () throws(FileReader.Failure) in try FileReader.contents(of: folder.path) } == EISDIR)
    }
}
