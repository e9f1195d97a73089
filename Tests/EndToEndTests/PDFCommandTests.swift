import Foundation
import Testing

@Suite("render --format pdf, run as a process")
struct PDFCommandTests {
    let render = RenderProcess()

    @Test func writesATaggedPDF() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--format", "pdf", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["vanersborg.pdf"])
        let pdf = try Data(contentsOf: out.appendingPathComponent("vanersborg.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/StructTreeRoot"))
    }

    @Test func missingLibreOfficeSaysHowToInstallItAndWritesTheOtherFormats() throws {
        let out = try RenderProcess.temporaryDirectory()
        let emptyPath = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--format", "txt,pdf", "--out", out.path, "--quiet"],
                                    environment: ["PATH": emptyPath.path])
        #expect(result.status == 4)
        #expect(result.errors.contains("LibreOffice behövs"))
        #expect(result.errors.contains("apt-get install libreoffice-writer-nogui python3-uno fonts-liberation2"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["vanersborg.txt"])
    }

    @Test func aLibreOfficeThatHangsIsStoppedAtTheTimeLimit() throws {
        let out = try RenderProcess.temporaryDirectory()
        let folder = try RenderProcess.temporaryDirectory()
        let hanging = folder.appendingPathComponent("soffice")
        try Data("#!/bin/sh\nexec sleep 120\n".utf8).write(to: hanging)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hanging.path)
        let started = Date()
        let result = try render.run(["vanersborg", "--format", "txt,pdf", "--out", out.path, "--quiet"],
                                    environment: ["RENDER_SOFFICE": hanging.path, "RENDER_PDF_TIMEOUT": "2"])
        #expect(Date().timeIntervalSince(started) < 60, "stopped at the limit, not when the hanging program ends")
        #expect(result.status == 4)
        #expect(result.errors.contains("vanersborg.pdf: LibreOffice blev inte klart inom 2 sekunder"), "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["vanersborg.txt"])
    }

    /// Killed or interrupted while LibreOffice works, render leaves neither LibreOffice running
    /// nor its batch folder (the Word files, LibreOffice's profile) behind.
    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedBatchLeavesNoLibreOfficeAndNoFolderBehind(signal: Int32) throws {
        let out = try RenderProcess.temporaryDirectory()
        let temporary = try RenderProcess.temporaryDirectory()
        let folder = try RenderProcess.temporaryDirectory()
        let started = folder.appendingPathComponent("pid")
        let hanging = folder.appendingPathComponent("soffice")
        try Data("#!/bin/sh\necho $$ > '\(started.path)'\nexec sleep 120\n".utf8).write(to: hanging)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hanging.path)
        let (process, _, _) = try render.start(["vanersborg", "--format", "pdf", "--out", out.path, "--quiet"],
                                               environment: ["RENDER_SOFFICE": hanging.path, "TMPDIR": temporary.path])
        let office = try #require(Self.poll(seconds: 60) { (try? String(contentsOf: started, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        } }, "LibreOffice was never started")
        #expect(try !FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)

        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        let cleaned = Self.poll(seconds: 20) {
            kill(office, 0) != 0 && (try? FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty) == true
                ? true : nil
        }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        #expect(cleaned == true, "LibreOffice still running: \(kill(office, 0) == 0); left: \(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// The first value `probe` gives within `seconds`, asked every 50 ms.
    private static func poll<T>(seconds: TimeInterval, _ probe: () -> T?) -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let value = probe() { return value }
            usleep(50_000)
        } while Date() < deadline
        return probe()
    }
}
