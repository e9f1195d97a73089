import ArgumentParser
import Foundation
import PlanModel

// `render validate [<id>…]`: every problem of the plans, as file:line: fel|varning: text.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Granska planerna och visa fel och varningar med fil och rad.",
        discussion: "Slutkod 1 om någon plan har fel; varningar ger slutkod 0.")

    @Argument(help: ArgumentHelp("Planernas id. Utan id: alla planer.", valueName: "id"))
    var ids: [String] = []

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let catalogueErrors = Catalog.shared.catalogueErrors
        for diagnostic in catalogueErrors { Console.output(diagnostic.text(relativTill: cwd)) }
        var errorCount = catalogueErrors.count
        var warningCount = 0
        for plan in try Catalog.shared.select(ids) {
            for diagnostic in plan.validera() {
                Console.output(diagnostic.text(relativTill: cwd))
                if diagnostic.allvarlighet == .fel { errorCount += 1 } else { warningCount += 1 }
            }
        }
        Console.error("\(errorCount) fel, \(warningCount) varningar.")
        if errorCount > 0 { throw ExitStatus.invalidPlan.exitCode }
    }
}
