import ArgumentParser
import DOCXWriter
import Foundation
import Rendering

// `render template docx --out FILE`: writes a built-in template for staff to start from.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Skriv en inbyggd mall (standardversionen) att utgå från.",
        discussion: """
            Exempel:
              render template docx --out templates/docx/reference.docx

            Referensdokumentet för Word öppnas och ändras i Word eller LibreOffice: formatmallarna, omslaget och exempeltabellen, vars utseende alla tabeller får; se templates/README.md.

            \(ExitStatus.helpText)
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case docx
    }

    @Argument(help: ArgumentHelp("Vilken mall: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "mall"))
    var kind: Kind

    @Option(name: .long, help: ArgumentHelp("Filen som mallen skrivs till.", valueName: "fil"))
    var out: String

    func run() throws {
        let url = URL(fileURLWithPath: out)
        let data: Data
        switch kind {
        case .docx: data = ReferenceDocument.builtInData
        }
        do {
            try OutputDirectory(url.deletingLastPathComponent()).write(data, named: url.lastPathComponent)
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
        Console.error("skrev \(out)")
    }
}
