import Foundation
@testable import Rendering
import Testing

/// The output folder's temporary files, against links planted in the folder.
@Suite("Temporary files are created exclusively and never through a link")
struct TemporaryFileTests {
    @Test func aLinkPlantedAtTheTemporaryNameIsNeverFollowed() throws {
        let folder = try Folder.temporary()
        let outside = try Folder.temporary().appendingPathComponent("utanfor.txt")
        try Data("orörd".utf8).write(to: outside)
        let name = ".vanersborg.txt.\(getpid())-planterad.render-tmp"
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: outside.path)
        let directory = open(folder.path, O_RDONLY | O_DIRECTORY)
        defer { close(directory) }
        let descriptor = TemporaryFile.createExclusive(name, in: directory)
        #expect(descriptor == -1 && errno == EEXIST)
        let dangling = ".tanum.txt.\(getpid())-planterad.render-tmp"
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(dangling).path,
                                                   withDestinationPath: folder.appendingPathComponent("skapas-inte").path)
        #expect(TemporaryFile.createExclusive(dangling, in: directory) == -1 && errno == EEXIST)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("skapas-inte").path))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "orörd")
    }

    @Test func writesLandInTheFolderUnderTheirNameAndLeaveNoTemporaryFile() throws {
        let folder = try Folder.temporary()
        let output = try OutputDirectory(folder)
        try output.write(Data("ett".utf8), named: "a.txt")
        try output.write(Data("två".utf8), named: "a.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
        #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "två")
        #expect(TemporaryFile.owner(of: ".a.txt.123-abc.render-tmp") == 123)
        #expect(TemporaryFile.owner(of: ".a.txt.123.render-tmp") == 123)
        #expect(TemporaryFile.owner(of: "a.txt") == nil)
    }
}
