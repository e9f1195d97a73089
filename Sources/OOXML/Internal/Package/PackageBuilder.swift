import Foundation

// Collects the parts of an OOXML package, each deflated into the archive as it is added,
// and finishes the archive: `[Content_Types].xml` first, as readers that stream the archive
// expect, then the parts in the order they were added. One deflate stream serves every
// part; a part that is the same in every package (the reference document's) can be added
// already deflated.
package struct PackageBuilder {
    private let zip: ZipArchive
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
        zip = ZipArchive(fault: fault)
    }

    /// A part streamed into the package: write it with `xml`, then `add` it.
    package struct Stream {
        package let name: String
        package let xml: XMLWriter
        fileprivate let compressor: EntryCompressor
    }

    /// Starts a part whose markup is written straight into its deflate stream and the
    /// archive; nothing else may be added until it is (`add(_:type:)`).
    package func stream(_ name: String) -> Stream {
        let compressor = EntryCompressor(name, deflater: deflater, into: zip, fault: fault)
        return Stream(name: name, xml: XMLWriter(diagnostics: diagnostics, sink: compressor), compressor: compressor)
    }

    /// Finishes a streamed part, with its own content type.
    package mutating func add(_ stream: Stream, type: String) throws(WriteFailure) {
        try stream.xml.finish()
        try stream.compressor.finishInArchive()
        overrides.append((stream.name, type))
    }

    /// Adds an XML part with its own content type.
    package mutating func add(_ name: String, type: String, _ part: XMLPart) throws(WriteFailure) {
        try write(part, as: name)
        overrides.append((name, type))
    }

    /// Adds an XML part with its own content type, its root's content written by `content`
    /// instead of its children.
    package mutating func add(_ name: String, type: String, _ part: XMLPart, content: (XMLWriter) -> Void) throws(WriteFailure) {
        try write(part, as: name, content: content)
        overrides.append((name, type))
    }

    /// `part` streamed into the archive as the entry `name` (writing a part finishes it).
    private func write(_ part: XMLPart, as name: String) throws(WriteFailure) {
        try write(part, as: name) { part.root.children.write(to: $0) }
    }

    /// `part` streamed into the archive as the entry `name`, its root's content written by `content`.
    private func write(_ part: XMLPart, as name: String, content: (XMLWriter) -> Void) throws(WriteFailure) {
        let stream = stream(name)
        try part.write(to: stream.xml, content: content)
        try stream.compressor.finishInArchive()
    }

    /// Adds a part deflated before, with its own content type.
    package mutating func add(_ entry: ZipEntry, type: String) {
        zip.append(entry)
        overrides.append((entry.name, type))
    }

    /// Adds a part deflated before, whose type follows from its file extension.
    package mutating func add(_ entry: ZipEntry, defaultType type: String) {
        let fileExtension = PackagePath.fileExtension(entry.name)
        if !defaults.contains(where: { $0.fileExtension == fileExtension }) { defaults.append((fileExtension, type)) }
        zip.append(entry)
    }

    /// Adds the relationships of `source` ("" for the package itself).
    package mutating func add(relationships: [Relationship], of source: String) throws(WriteFailure) {
        guard !relationships.isEmpty else { return }
        try write(Relationship.part(relationships), as: Self.relationshipsName(of: source))
    }

    /// Adds relationships deflated before (by `relationshipsEntry`).
    package mutating func add(relationships entry: ZipEntry) {
        zip.append(entry)
    }

    /// `part` deflated as the entry `name`, to keep for later packages (not added to this one).
    package func entry(_ name: String, _ part: XMLPart) throws(WriteFailure) -> ZipEntry {
        let compressor = EntryCompressor(name, deflater: deflater, fault: fault)
        try part.write(to: XMLWriter(diagnostics: diagnostics, sink: compressor))
        return try compressor.finish()
    }

    /// The relationships part of `source` deflated, or nil when there are none.
    package func relationshipsEntry(_ relationships: [Relationship], of source: String) throws(WriteFailure) -> ZipEntry? {
        guard !relationships.isEmpty else { return nil }
        return try entry(Self.relationshipsName(of: source), Relationship.part(relationships))
    }

    private static func relationshipsName(of source: String) -> String {
        source.isEmpty ? "_rels/.rels" : PackagePath.relationships(of: source)
    }

    package func archive() throws(WriteFailure) -> Data {
        let types = XMLPart(root: Element("Types", elements:
            defaults.map { Element("Default", [Attribute("Extension", $0.fileExtension), Attribute("ContentType", $0.type)]) }
            + overrides.map { Element("Override", [Attribute("PartName", "/" + $0.name), Attribute("ContentType", $0.type)]) }),
            namespaces: [.contentTypes])
        return try zip.finish(first: try entry("[Content_Types].xml", types))
    }
}
