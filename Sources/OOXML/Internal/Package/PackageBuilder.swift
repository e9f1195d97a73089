import Foundation

// Collects the parts of an OOXML package, each deflated as it is added, and writes the
// archive: `[Content_Types].xml` first, as readers that stream the archive expect, then the
// parts in the order they were added. One deflate stream serves every part; a part that is
// the same in every package (the reference document's) can be added already deflated.
package struct PackageBuilder {
    private var entries: [ZipEntry] = []
    private var overrides: [(name: String, type: String)] = []
    private var defaults: [(fileExtension: String, type: String)] = [
        ("rels", ContentType.relationships), ("xml", ContentType.xml),
    ]
    private let diagnostics: Diagnostics
    package let deflater = Deflater()
    private let fault: ZipWriter.Fault?

    /// `fault` makes packing fail as zlib could, for tests of how that is reported.
    package init(diagnostics: Diagnostics, fault: ZipWriter.Fault? = nil) {
        self.diagnostics = diagnostics
        self.fault = fault
    }

    /// A part streamed into the package: write it with `xml`, then `add` it.
    package struct Stream {
        package let name: String
        package let xml: XMLWriter
        fileprivate let compressor: EntryCompressor
    }

    /// Starts a part whose markup is written straight into its deflate stream.
    package func stream(_ name: String) -> Stream {
        let compressor = EntryCompressor(name, deflater: deflater, fault: fault)
        return Stream(name: name, xml: XMLWriter(diagnostics: diagnostics, sink: compressor), compressor: compressor)
    }

    /// Finishes a streamed part, with its own content type.
    package mutating func add(_ stream: Stream, type: String) throws(WriteFailure) {
        try stream.xml.finish()
        add(try stream.compressor.finish(), type: type)
    }

    /// Adds an XML part with its own content type.
    package mutating func add(_ name: String, type: String, _ part: XMLPart) throws(WriteFailure) {
        add(try entry(name, part), type: type)
    }

    package mutating func add(_ name: String, type: String, _ data: Data) throws(WriteFailure) {
        add(try ZipEntry(name, data, deflater: deflater, fault: fault), type: type)
    }

    /// Adds a part deflated before, with its own content type.
    package mutating func add(_ entry: ZipEntry, type: String) {
        entries.append(entry)
        overrides.append((entry.name, type))
    }

    /// Adds a part whose type follows from its file extension (images).
    package mutating func add(_ name: String, defaultType type: String, _ data: Data) throws(WriteFailure) {
        add(try ZipEntry(name, data, deflater: deflater, fault: fault), defaultType: type)
    }

    /// Adds a part deflated before, whose type follows from its file extension.
    package mutating func add(_ entry: ZipEntry, defaultType type: String) {
        let fileExtension = PackagePath.fileExtension(entry.name)
        if !defaults.contains(where: { $0.fileExtension == fileExtension }) { defaults.append((fileExtension, type)) }
        entries.append(entry)
    }

    /// Adds the relationships of `source` ("" for the package itself).
    package mutating func add(relationships: [Relationship], of source: String) throws(WriteFailure) {
        if let entry = try relationshipsEntry(relationships, of: source) { entries.append(entry) }
    }

    /// Adds relationships deflated before (by `relationshipsEntry`).
    package mutating func add(relationships entry: ZipEntry) {
        entries.append(entry)
    }

    /// `part` deflated as the entry `name`, to add to this package or keep for later ones.
    package func entry(_ name: String, _ part: XMLPart) throws(WriteFailure) -> ZipEntry {
        let stream = stream(name)
        try part.write(to: stream.xml)
        return try stream.compressor.finish()
    }

    /// The relationships part of `source` deflated, or nil when there are none.
    package func relationshipsEntry(_ relationships: [Relationship], of source: String) throws(WriteFailure) -> ZipEntry? {
        guard !relationships.isEmpty else { return nil }
        let name = source.isEmpty ? "_rels/.rels" : PackagePath.relationships(of: source)
        return try entry(name, Relationship.part(relationships))
    }

    package func archive() throws(WriteFailure) -> Data {
        let types = XMLPart(root: Element("Types", elements:
            defaults.map { Element("Default", [Attribute("Extension", $0.fileExtension), Attribute("ContentType", $0.type)]) }
            + overrides.map { Element("Override", [Attribute("PartName", "/" + $0.name), Attribute("ContentType", $0.type)]) }),
            namespaces: [.contentTypes])
        return try ZipWriter.archive([try entry("[Content_Types].xml", types)] + entries, fault: fault)
    }
}
