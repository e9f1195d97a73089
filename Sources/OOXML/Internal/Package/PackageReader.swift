import Foundation

// Reads an OOXML package held in memory: its entries, content types and relationships, and
// its XML parts as trees. Failures are Swedish sentences for the caller to place after the
// file's name.
package struct PackageReader {
    /// Why the package or one of its parts could not be read, in Swedish.
    package struct Failure: Error {
        package let message: String
    }

    private var files: [String: Data] = [:]
    /// Content types of named parts, by part name without the leading slash.
    package private(set) var overrides: [String: String] = [:]
    /// Content types by lowercased file extension.
    package private(set) var defaults: [String: String] = [:]

    /// An empty package, with no parts.
    package init() {}

    package init(_ data: Data) throws(Failure) {
        guard !data.isEmpty else { throw Failure(message: "filen är tom.") }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Failure(message: "filen är ett äldre Word-dokument (.doc); öppna den i Word eller LibreOffice och spara som Word-dokument (.docx).")
        }
        let entries: [(name: String, data: Data)]
        do {
            entries = try ZipReader.entries(of: data)
        } catch {
            throw Failure(message: "filen är inget Word-dokument (.docx): \(error.message).")
        }
        for entry in entries { files[entry.name.hasPrefix("/") ? String(entry.name.dropFirst()) : entry.name] = entry.data }
        guard files["[Content_Types].xml"] != nil else {
            throw Failure(message: "filen är inget Word-dokument (.docx): innehållsförteckningen [Content_Types].xml saknas.")
        }
        let types = try part("[Content_Types].xml")
        for element in types.root.elements {
            if element.name == "Override", let name = element[attribute: "PartName"], let type = element[attribute: "ContentType"] {
                overrides[PackagePath.resolve(name, from: "")] = type
            } else if element.name == "Default", let fileExtension = element[attribute: "Extension"], let type = element[attribute: "ContentType"] {
                defaults[fileExtension.lowercased()] = type
            }
        }
    }

    /// The bytes of a part, if the package has it.
    package func data(_ name: String) -> Data? { files[name] }

    /// The relationships of `part` ("" for the package itself); none if it has no relationships part.
    package func relationships(of part: String) throws(Failure) -> [Relationship] {
        let name = part.isEmpty ? "_rels/.rels" : PackagePath.relationships(of: part)
        guard files[name] != nil else { return [] }
        return Relationship.parse(try self.part(name))
    }

    /// A part as a tree.
    package func part(_ name: String) throws(Failure) -> XMLPart {
        guard let data = files[name] else { throw Failure(message: "delen \(name) saknas i dokumentet.") }
        do {
            return try PartParser.parse(data)
        } catch {
            throw Failure(message: "delen \(name) är inte korrekt XML (rad \(error.line): \(error.message)).")
        }
    }
}
