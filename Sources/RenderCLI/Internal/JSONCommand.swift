import ArgumentParser
import Foundation
import PlanModel

// `render json <id>`: the plan as open-data JSON on standard output.
struct JSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json", abstract: "Skriv planen som JSON (öppna data) till standard ut.",
        discussion: "En plan med fel skrivs inte: kommandot visar felen och slutar med slutkod 1.")

    @Argument(help: ArgumentHelp("Planens id.", valueName: "id"))
    var id: String

    func run() throws {
        let plan = try Catalog.shared.select([id])[0]
        try AnalysisCommand.refuseInvalid([plan])
        Console.output(try plan.json())
        Console.output(text: "\n")
    }
}
