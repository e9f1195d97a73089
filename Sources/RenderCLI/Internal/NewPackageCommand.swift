import ArgumentParser
import DefaultTemplates
import Foundation
import PlanModel
import Rendering

// `render ny MAPP --id … --kommun …`: a ready package for a municipality's own plan.
struct NewPackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ny",
        abstract: "Skapa ett eget paket för en kommuns plan: Package.swift, en planfil att fylla i, mallar och README.",
        discussion: """
            Paketet beror på det här projektet (med --projekt som sökväg, eller --url och --version) och får
            hela render-kommandot över sin egen plan. Efter det:
              cd MAPP && swift run plan              alla format till out/
              cd MAPP && swift run plan validate     granska planen

            Exempel:
              render ny ../ale --id ale --kommun "Ale kommun" --layout delmal --fran 2024 --till 2026

            \(ExitStatus.helpText)
            """)

    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case delmal, tanum, tema

        var help: String {
            switch self {
            case .delmal: return "delmal (aktiviteter med delmål, när och ansvar, som Vänersborg)"
            case .tanum: return "tanum (vad som görs och indikatorer, som Tanum)"
            case .tema: return "tema (teman med kortsiktiga och långsiktiga mål, som Helsingborg)"
            }
        }
    }

    @Argument(help: ArgumentHelp("Mappen som paketet skapas i; den får inte finnas eller ska vara tom.", valueName: "mapp"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("Planens id: små bokstäver a–z, siffror och bindestreck.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Kommunens namn, som på omslaget.", valueName: "namn"))
    var kommun: String

    @Option(name: .long, help: ArgumentHelp("Planens titel. Standard: \"Handlingsplan för psykisk hälsa i <kommun>\".", valueName: "titel"))
    var titel: String?

    @Option(name: .long, help: ArgumentHelp("Planens layout: \(Layout.allCases.map(\.help).joined(separator: "; ")).", valueName: "layout"))
    var layout: Layout = .delmal

    @Option(name: .long, help: ArgumentHelp("Regionen planen hör till: \(Region.allCases.map(\.id).joined(separator: ", ")).", valueName: "region"))
    var region: Region = .västraGötaland

    @Option(name: .customLong("fran"), help: ArgumentHelp("Första året planen gäller.", valueName: "år"))
    var från: Int = 2025

    @Option(name: .long, help: ArgumentHelp("Sista året planen gäller.", valueName: "år"))
    var till: Int = 2027

    @Option(name: .long, help: ArgumentHelp("Sökvägen till det här projektet. Standard: där det här programmet byggdes.", valueName: "mapp"))
    var projekt: String?

    @Option(name: .long, help: ArgumentHelp("Projektets git-adress, i stället för --projekt.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Lägsta version med --url.", valueName: "version"))
    var version: String = "1.0.0"

    func validate() throws {
        guard Handlingsplan.ärGiltigtId(id) else {
            throw ValidationError("\"\(id)\" är inget giltigt id (små bokstäver a–z, siffror och bindestreck).")
        }
        guard från <= till else { throw ValidationError("--fran \(från) ligger efter --till \(till).") }
        guard projekt == nil || url == nil else { throw ValidationError("Ange --projekt eller --url, inte båda.") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            Console.error("fel: mappen \(folder) finns redan och är inte tom.")
            throw ExitStatus.usage.exitCode
        }
        guard let dependency = try dependency(relativeTo: root) else {
            Console.error("fel: hittar inte projektet; ange --projekt med sökvägen till det eller --url.")
            throw ExitStatus.usage.exitCode
        }
        let package = NewPackage(id: id, kommun: kommun, titel: titel ?? "Handlingsplan för psykisk hälsa i \(kommun)",
                                 layout: layout, region: region, från: från, till: till, dependency: dependency)
        for (path, text) in package.files {
            let file = root.appendingPathComponent(path)
            do {
                try OutputDirectory(file.deletingLastPathComponent()).write(Data(text.utf8), named: file.lastPathComponent)
            } catch {
                Console.error("fel: \(error)")
                throw ExitStatus.io.exitCode
            }
        }
        Console.error("Klart: paketet för \(kommun) i \(folder)/. Nästa steg: cd \(folder) && swift run plan")
    }

    /// How the new package names this project: by URL, or by path (relative when the
    /// package lies beside it, so the pair can move together).
    private func dependency(relativeTo root: URL) throws -> NewPackage.Dependency? {
        if let url { return .url(url, version: version) }
        let project = projekt.map { URL(fileURLWithPath: $0) } ?? DefaultTemplates.folder?.deletingLastPathComponent()
        guard let project, FileManager.default.fileExists(atPath: project.appendingPathComponent("Package.swift").path) else { return nil }
        return .path(project.standardizedFileURL.path)
    }
}
