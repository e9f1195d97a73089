import ArgumentParser
import Foundation
import Importer
import PlanModel
import Rendering
import SystemFiles

// `render import plan.docx`: a Word handlingsplan as DSL source, every guess reported.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Läs en handlingsplan i Word (.docx) och skriv den som Swift-källkod i planspråket.",
        discussion: """
            Källkoden skrivs till standard ut, eller till filen som --ut anger. Det som \
            importen har gissat (en tid ur fritext, en uppdelad uppföljning, en tabell som \
            inte kunde tolkas) står som kommentar i källkoden och som en rad per gissning \
            på standard fel: "plan.docx: tabell 3, rad 4: …".

            Exempel:
              render import plan.docx --id minkommun --ut examples/MinKommun.swift
            """)

    @Argument(help: ArgumentHelp("Word-filen att läsa.", valueName: "fil.docx"))
    var file: String

    @Option(name: .customLong("id"), help: ArgumentHelp("Planens id (standard: filens namn).", valueName: "id"))
    var id: String?

    @Option(name: .customLong("layout"), help: ArgumentHelp(
        "Tabellayout: delmål, vadOchIndikator eller teman (standard: det dokumentet visar).", valueName: "layout"))
    var layout: String?

    @Option(name: .customLong("ut"), help: ArgumentHelp("Filen att skriva källkoden till (standard: standard ut).", valueName: "fil.swift"))
    var output: String?

    func run() throws {
        var tabellayout: Tabellayout?
        if let layout {
            guard let value = Tabellayout(rawValue: layout) else {
                Console.error("fel: okänd layout \"\(layout)\"; välj delmål, vadOchIndikator eller teman.")
                throw ExitStatus.usage.exitCode
            }
            tabellayout = value
        }
        let data: Data
        do {
            data = try FileReader.contents(of: file)
        } catch {
            Console.error("fel: \(file): " + (error.code == ENOENT ? "filen finns inte." : "filen kunde inte läsas: \(error.reason)."))
            throw ExitStatus.io.exitCode
        }
        let result: ImportResult
        do {
            result = try PlanImporter(file: file, id: id, layout: tabellayout).importera(data)
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
        for line in result.report { Console.error(line) }
        if let output {
            do {
                // Atomically, as documents are: an interrupted or failed import leaves an earlier plan file whole.
                let target = URL(fileURLWithPath: output)
                try OutputDirectory(target.deletingLastPathComponent()).write(Data(result.source.utf8), named: target.lastPathComponent)
            } catch {
                Console.error("fel: \(error)")
                throw ExitStatus.io.exitCode
            }
        } else {
            Console.output(text: result.source)
        }
    }
}
