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
        try checked(Result { () throws(TemplateError) in try load(given, for: formats) }, plans: [])
    }

    /// The looks of `looks(_:for:)`, loaded on another thread from now on, and what the
    /// documents of `formats` need besides (`Renderer.prepare`) on a third, so that both
    /// overlap each other and building and checking the plans. Nothing is printed until
    /// `value` is asked.
    static func startLoading(_ given: String?, for formats: [OutputFormat]) -> Loading {
        Task.detached { Renderer.prepare(for: formats) }
        return Loading(task: Task.detached { Result { () throws(TemplateError) in try load(given, for: formats) } })
    }

    /// Looks being loaded (`startLoading`).
    struct Loading: Sendable {
        let task: Task<Result<Looks, TemplateError>, Never>

        /// The looks, or exit code 3 with the error printed, as `looks(_:for:)`; also
        /// when one of `plans` names with `mallmapp` a folder that does not exist.
        func value(checking plans: [Handlingsplan]) async throws -> Looks { try checked(await task.value, plans: plans) }
    }

    private static func checked(_ loaded: Result<Looks, TemplateError>, plans: [Handlingsplan]) throws -> Looks {
        do {
            let looks = try loaded.get()
            try looks.checkFolders(of: plans, relativeTo: FileManager.default.currentDirectoryPath)
            return looks
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
