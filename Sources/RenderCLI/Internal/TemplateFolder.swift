import DefaultTemplates
import DocumentModel
import Foundation
import PlanModel
import Rendering

// `--templates`: the folder given, else ./templates, else only the default templates the
// package ships (a municipality's package that changes nothing has no templates/).
enum TemplateFolder {
    static let standard = "templates"

    static let help = "Mapp med mallar och etiketter; filer där ersätter standardmallarnas, och undermappen <id>/ "
        + "en organisations egna. Standard: ./templates om den finns, annars standardmallarna."

    /// Every look, or exit code 3 with the error printed: a folder given that does not
    /// exist is a template error, a missing ./templates is not.
    static func looks(_ given: String?, for formats: [OutputFormat]) throws -> Looks {
        do {
            return try load(given, for: formats)
        } catch {
            throw failure(error)
        }
    }

    private static func load(_ given: String?, for formats: [OutputFormat]) throws(TemplateError) -> Looks {
        let path = given ?? standard
        if given != nil && !FileManager.default.fileExists(atPath: path) {
            throw TemplateError(file: path, message: "Mallmappen finns inte.")
        }
        if DefaultTemplates.folder == nil && !FileManager.default.fileExists(atPath: path) {
            throw TemplateError(file: path, message: "Mallmappen finns inte, och standardmallarna hittades inte bredvid programmet.")
        }
        return try Looks.load(from: URL(fileURLWithPath: path), formats: Set(formats))
    }

    /// Exit code 3 with the error printed when one of `plans` names with `mallmapp` a
    /// folder that `looks` lacks.
    static func checkFolders(of plans: [Handlingsplan], in looks: Looks) throws {
        do {
            try looks.checkFolders(of: plans, relativeTo: FileManager.default.currentDirectoryPath)
        } catch {
            throw failure(error)
        }
    }

    private static func failure(_ error: any Error) -> any Error {
        for line in "\(error)".split(separator: "\n") { Console.error("mallfel: \(line)") }
        return ExitStatus.template.exitCode
    }
}
