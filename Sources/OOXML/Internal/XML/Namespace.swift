// An XML namespace with the prefix this package always writes it with. Parts read from a
// reference document are rewritten to these prefixes, so the writer can match elements by
// their qualified name ("w:p") whatever prefix the editing program chose.
package struct Namespace: Sendable, Hashable {
    package let prefix: String
    package let uri: String

    package init(prefix: String, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }

    package static let w = Namespace(prefix: "w", uri: "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    package static let r = Namespace(prefix: "r", uri: "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    package static let wp = Namespace(prefix: "wp", uri: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
    package static let a = Namespace(prefix: "a", uri: "http://schemas.openxmlformats.org/drawingml/2006/main")
    package static let pic = Namespace(prefix: "pic", uri: "http://schemas.openxmlformats.org/drawingml/2006/picture")
    package static let c = Namespace(prefix: "c", uri: "http://schemas.openxmlformats.org/drawingml/2006/chart")
    package static let mc = Namespace(prefix: "mc", uri: "http://schemas.openxmlformats.org/markup-compatibility/2006")
    package static let contentTypes = Namespace(prefix: "", uri: "http://schemas.openxmlformats.org/package/2006/content-types")
    package static let relationships = Namespace(prefix: "", uri: "http://schemas.openxmlformats.org/package/2006/relationships")
    package static let cp = Namespace(prefix: "cp", uri: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
    package static let dc = Namespace(prefix: "dc", uri: "http://purl.org/dc/elements/1.1/")
    package static let dcterms = Namespace(prefix: "dcterms", uri: "http://purl.org/dc/terms/")
    package static let xsi = Namespace(prefix: "xsi", uri: "http://www.w3.org/2001/XMLSchema-instance")
    package static let extendedProperties = Namespace(prefix: "", uri: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
    package static let xml = Namespace(prefix: "xml", uri: "http://www.w3.org/XML/1998/namespace")

    /// WordprocessingML as ISO 29500 Strict writes it; this writer produces Transitional.
    package static let strictW = "http://purl.oclc.org/ooxml/wordprocessingml/main"

    /// The namespaces Word and LibreOffice write, with their customary prefixes.
    package static let known: [Namespace] = [
        w, r, wp, a, pic, mc, c,
        Namespace(prefix: "m", uri: "http://schemas.openxmlformats.org/officeDocument/2006/math"),
        Namespace(prefix: "v", uri: "urn:schemas-microsoft-com:vml"),
        Namespace(prefix: "o", uri: "urn:schemas-microsoft-com:office:office"),
        Namespace(prefix: "w10", uri: "urn:schemas-microsoft-com:office:word"),
        Namespace(prefix: "wne", uri: "http://schemas.microsoft.com/office/word/2006/wordml"),
        Namespace(prefix: "w14", uri: "http://schemas.microsoft.com/office/word/2010/wordml"),
        Namespace(prefix: "w15", uri: "http://schemas.microsoft.com/office/word/2012/wordml"),
        Namespace(prefix: "w16", uri: "http://schemas.microsoft.com/office/word/2018/wordml"),
        Namespace(prefix: "w16cex", uri: "http://schemas.microsoft.com/office/word/2018/wordml/cex"),
        Namespace(prefix: "w16cid", uri: "http://schemas.microsoft.com/office/word/2016/wordml/cid"),
        Namespace(prefix: "w16se", uri: "http://schemas.microsoft.com/office/word/2015/wordml/symex"),
        Namespace(prefix: "w16sdtdh", uri: "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"),
        Namespace(prefix: "wp14", uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"),
        Namespace(prefix: "wpc", uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"),
        Namespace(prefix: "wpg", uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"),
        Namespace(prefix: "wpi", uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk"),
        Namespace(prefix: "wps", uri: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
        Namespace(prefix: "a14", uri: "http://schemas.microsoft.com/office/drawing/2010/main"),
        Namespace(prefix: "asvg", uri: "http://schemas.microsoft.com/office/drawing/2016/SVG/main"),
        Namespace(prefix: "adec", uri: "http://schemas.microsoft.com/office/drawing/2017/decorative"),
        Namespace(prefix: "thm15", uri: "http://schemas.microsoft.com/office/thememl/2012/main"),
        Namespace(prefix: "sl", uri: "http://schemas.openxmlformats.org/schemaLibrary/2006/main"),
        cp, dc, dcterms, xsi, xml,
    ]

    package static let prefixByURI: [String: String] = Dictionary(known.map { ($0.uri, $0.prefix) }, uniquingKeysWith: { a, _ in a })
    package static let uriByPrefix: [String: String] = Dictionary(known.map { ($0.prefix, $0.uri) }, uniquingKeysWith: { a, _ in a })
}
