import CacheFiles
import DefaultTemplates
import DocumentModel
import Foundation
import PlanModel
import SystemFiles

/// Every organisation's look, read from one templates folder: the folder's own files over
/// the default templates (shipped with the package), and in each subfolder named after a
/// plan (`templates/vanersborg/`, or the folder a plan names with `mallmapp`) that
/// organisation's files over those, file by file: logo and stylesheet in `html/`,
/// `docx/reference.docx`, entries of `labels.sv.yaml`. One run renders every plan in its
/// own look.
///
/// ```swift
/// let looks = try Looks.load(from: URL(fileURLWithPath: "templates"), formats: [.html, .docx])
/// let templates = looks.templates(for: vänersborg)   // templates/vanersborg/ over templates/
/// looks.assetFolder(for: vänersborg)                 // "vanersborg/" when it has its own logo
/// ```
public struct Looks: Sendable {
    /// The templates every plan without a look of its own uses.
    public let shared: Templates
    private let own: [String: Templates]
    /// The templates folder, as messages name it.
    private let folder: String

    /// Reads the shared templates and every organisation's look. A folder that does not
    /// exist leaves the defaults alone; a problem in a file is a `TemplateError` naming it.
    public static func load(from folder: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases),
                            defaults: URL? = DefaultTemplates.folder) throws(TemplateError) -> Looks {
        let manager = FileManager.default
        let listed: [String]?
        do {
            listed = try FileReader.names(inFolder: folder.path)
        } catch {
            throw TemplateError(file: folder.relativePath, message: "Mallmappen kan inte läsas: \(error.reason).")
        }
        let exists = listed != nil
        let shared: Templates
        if let defaults, StandardPath.of(defaults.path) != StandardPath.of(folder.path) {
            let base = try Templates.load(from: defaults, formats: formats)
            shared = exists ? try base.overridden(by: folder, formats: formats) : base
        } else {
            shared = try Templates.load(from: folder, formats: formats)
        }
        var own: [String: Templates] = [:]
        for name in listed ?? [] where Handlingsplan.ärGiltigtId(name) && ![Templates.htmlFolder, "docx"].contains(name) {
            var isDirectory: ObjCBool = false
            let look = folder.appendingPathComponent(name)
            guard manager.fileExists(atPath: look.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            own[name] = try shared.overridden(by: look, formats: formats)
        }
        return Looks(shared: shared, own: own, folder: folder.relativePath)
    }

    /// Every plan that names with `mallmapp` a folder the templates folder lacks, as one
    /// error naming the plan's file and line (relative to `directory`) and the folder: its
    /// documents would silently take the shared look.
    ///
    /// ```swift
    /// try looks.checkFolders(of: Exempel.planer, relativeTo: cwd)
    /// // examples/Vanersborg.swift:3: planen "vanersborg" anger mallmapp: "vanersbrg", men mappen templates/vanersbrg finns inte. …
    /// ```
    public func checkFolders(of plans: [Handlingsplan], relativeTo directory: String) throws(TemplateError) {
        let known = own.keys.sorted()
        let errors = plans.compactMap { plan -> TemplateError? in
            guard let name = plan.mallmapp, own[name] == nil else { return nil }
            let existing = known.isEmpty ? "Mallmappen har inga organisationsmappar."
                : "Organisationsmapparna som finns: \(known.joined(separator: ", "))."
            var isDirectory: ObjCBool = false
            // A folder whose name is not an id (capitals, å ä ö, html, docx) is no look.
            let why = FileManager.default.fileExists(atPath: "\(folder)/\(name)", isDirectory: &isDirectory) && isDirectory.boolValue
                ? "men mappen \(folder)/\(name) kan inte vara en organisations mapp: namnet får bara ha små bokstäver a–z, "
                    + "siffror och bindestreck och får inte vara \(Templates.htmlFolder) eller docx. Byt namn på mappen och mallmappen."
                : "men mappen \(folder)/\(name) finns inte. Skapa mappen eller rätta namnet."
            return TemplateError(file: plan.plats.relativ(till: directory),
                                 message: "planen \"\(plan.id)\" anger mallmapp: \"\(name)\", \(why) \(existing)")
        }
        if let error = TemplateError(all: errors) { throw error }
    }

    /// The templates of the plan's look: its organisation's folder over the shared
    /// templates, or the shared templates when it has none.
    public func templates(for plan: Handlingsplan) -> Templates { own[plan.utseende] ?? shared }

    /// Where the web pages of the plan find their stylesheet and logo, relative to the
    /// page: "" for the shared ones, "<folder>/" for a look with files of its own there.
    public func assetFolder(for plan: Handlingsplan) -> String {
        hasOwnAssets(plan.utseende) ? plan.utseende + "/" : ""
    }

    /// The files web pages refer to: the shared stylesheet and logo, and under
    /// `<folder>/` those of the plans' looks with their own. The search script (only with
    /// `search`) is shared: pages find it beside them.
    public func assets(for format: OutputFormat, plans: [Handlingsplan], search: Bool = false) -> [Renderer.File] {
        let shared = Renderer(templates: self.shared).assets(for: format, search: search)
        return shared + Set(plans.map(\.utseende)).sorted().filter(hasOwnAssets).flatMap { name in
            Renderer(templates: own[name]!).assets(for: format).map { Renderer.File(name: name + "/" + $0.name, data: $0.data) }
        }
    }

    private func hasOwnAssets(_ name: String) -> Bool {
        guard let look = own[name], look.hasHTML, shared.hasHTML else { return false }
        return look.html.assets != shared.html.assets
    }
}
