import Foundation

/// One headless LibreOffice, driven through UNO by a Python script (Debian's
/// /usr/bin/python3 with python3-uno), with its own profile: the test sends a request as a
/// JSON line and reads the answer as one, so several steps share one start-up of soffice.
final class LibreOfficeSession {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private let folder: URL

    init() throws {
        let soffice = try Tool.require("soffice", package: "libreoffice-writer-nogui")
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { throw Tool.Missing(name: python, package: "python3-uno") }
        folder = try Repository.temporaryDirectory("uno")
        let script = folder.appendingPathComponent("session.py")
        try Data(Self.script.utf8).write(to: script)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, soffice, folder.appendingPathComponent("profile").path, "looks\(getpid())"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Sends `request` and waits for the script's answer.
    func ask(_ request: [String: Any]) throws -> [String: Any] {
        var line = try JSONSerialization.data(withJSONObject: request)
        line.append(0x0A)
        input.fileHandleForWriting.write(line)
        while !buffer.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw Failure(message: "LibreOffice session ended without an answer") }
            buffer.append(chunk)
        }
        let end = buffer.firstIndex(of: 0x0A)!
        let answer = buffer[buffer.startIndex..<end]
        buffer = Data(buffer[(end + 1)...])
        guard let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any] else {
            throw Failure(message: "not an answer: \(String(decoding: answer, as: UTF8.self))")
        }
        if let error = object["error"] as? String { throw Failure(message: error) }
        return object
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    // Requests: {"styles": path} lists the paragraph styles' display names; {"edit": path,
    // "out": path, "header": colour, "border": colour} changes the first table as the staff
    // guide says (header row background, every cell's border colour) and stores it as Word
    // 2007–365; {"tables": path} answers each table's first cell background and border colour.
    private static let script = #"""
import json, os, signal, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

soffice, profile, pipe = sys.argv[1:4]

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

office = subprocess.Popen(
    [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
     "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
     "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if office.poll() is not None:
                raise RuntimeError("soffice ended")
            time.sleep(0.1)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def load(path):
        return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))

    def styles(request):
        document = load(request["styles"])
        family = document.getStyleFamilies().getByName("ParagraphStyles")
        names = [family.getByName(name).DisplayName for name in family.getElementNames()]
        document.close(True)
        return {"paragraphStyles": names}

    def edit(request):
        document = load(request["edit"])
        table = document.getTextTables().getByIndex(0)
        for name in table.getCellNames():
            cell = table.getCellByName(name)
            # Table > Properties > Background for the header row's cells; Borders for all.
            if name.endswith("1") and name[:-1].isalpha():
                cell.BackColor = int(request["header"], 16)
            for side in ("TopBorder", "BottomBorder", "LeftBorder", "RightBorder"):
                line = getattr(cell, side)
                line.Color = int(request["border"], 16)
                setattr(cell, side, line)
        document.storeToURL(uno.systemPathToFileUrl(request["out"]), (prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        return {"edited": request["out"]}

    def tables(request):
        document = load(request["tables"])
        found = []
        all_tables = document.getTextTables()
        for index in range(all_tables.getCount()):
            table = all_tables.getByIndex(index)
            first = table.getCellByName(table.getCellNames()[0])
            found.append({"name": table.Name, "header": "%06X" % first.BackColor if first.BackColor >= 0 else "",
                          "border": "%06X" % first.TopBorder.Color, "borderWidth": first.TopBorder.OuterLineWidth})
        document.close(True)
        return {"tables": found}

    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = styles(request) if "styles" in request else edit(request) if "edit" in request else tables(request)
        except Exception as error:
            answer = {"error": "%s: %s" % (type(error).__name__, error)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
finally:
    try:
        os.killpg(office.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    office.wait()
"""#
}
