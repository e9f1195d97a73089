import CacheFiles
import OOXML

// The lists of a reference document: its numbering part, and which list definitions the
// writer uses for bullets and numbers. A reference whose List Bullet or List Number style
// carries a numbering (as the default one does, and as Word keeps it when staff change
// the bullet) is used as it is; otherwise the built-in definitions are added.
struct NumberingTemplate: Sendable {
    let namespaces: [Namespace]
    /// The root's attributes, `mc:Ignorable` among them.
    let rootAttributes: [Attribute]
    /// The numbering instance of bullet lists, at every level.
    let bulletNumId: Int
    /// The list definition each numbered list starts a new instance of.
    let numberAbstractId: Int
    /// The first free numbering instance id.
    let nextNumId: Int
    /// The numbering part's children, the reference's and any built-in additions, serialised
    /// once: those before where a document's instances go, and those after.
    private let before: [UInt8]
    private let after: [UInt8]

    init(reference: XMLPart?, styles: StyleSheet) {
        let existing = reference?.root.elements ?? []
        let nums = Dictionary(existing.filter { $0.name == "w:num" }.compactMap { num -> (Int, Int)? in
            guard let id = num[attribute: "w:numId"].flatMap(Int.init),
                  let abstract = num.first("w:abstractNumId")?[attribute: "w:val"].flatMap(Int.init) else { return nil }
            return (id, abstract)
        }, uniquingKeysWith: { a, _ in a })
        let abstractIds = existing.filter { $0.name == "w:abstractNum" }.compactMap { $0[attribute: "w:abstractNumId"].flatMap(Int.init) }
        var nextAbstract = (abstractIds.max() ?? -1) + 1
        var nextNum = (nums.keys.max() ?? 0) + 1
        var abstracts: [Element] = []
        var instances: [Element] = []

        func styleNum(_ role: StyleRole) -> Int? {
            styles.properties(ofStyle: styles[role])?.first("w:numPr")?.first("w:numId")?[attribute: "w:val"].flatMap(Int.init)
                .flatMap { nums[$0] == nil ? nil : $0 }
        }

        if let num = styleNum(.listBullet) {
            bulletNumId = num
        } else {
            abstracts.append(NumberingCatalog.bulletDefinition(id: nextAbstract))
            instances.append(NumberingCatalog.instance(id: nextNum, abstractId: nextAbstract))
            bulletNumId = nextNum
            nextAbstract += 1
            nextNum += 1
        }
        if let num = styleNum(.listNumber), let abstract = nums[num] {
            numberAbstractId = abstract
        } else {
            abstracts.append(NumberingCatalog.decimalDefinition(id: nextAbstract))
            numberAbstractId = nextAbstract
        }
        nextNumId = nextNum
        // Schema order: picture bullets, list definitions, instances, then the rest.
        let pictures = existing.filter { $0.name == "w:numPicBullet" }
        let definitions = existing.filter { $0.name == "w:abstractNum" }
        let oldInstances = existing.filter { $0.name == "w:num" }
        let rest = existing.filter { !["w:numPicBullet", "w:abstractNum", "w:num"].contains($0.name) }
        let head = pictures + definitions + abstracts + oldInstances + instances
        namespaces = reference?.namespaces ?? [.w]
        rootAttributes = reference?.root.attributes ?? []
        // Parsed or built-in elements: serialising them drops nothing and notes nothing.
        let diagnostics = Diagnostics()
        before = head.isEmpty ? [] : XMLWriter.fragment(diagnostics: diagnostics) { xml in head.forEach { $0.write(to: xml) } }
        after = rest.isEmpty ? [] : XMLWriter.fragment(diagnostics: diagnostics) { xml in rest.forEach { $0.write(to: xml) } }
    }

    /// The numbering part's root, without its children (`writeContent`).
    var root: XMLPart { XMLPart(root: Element("w:numbering", rootAttributes), namespaces: namespaces) }

    /// The numbering part's children: the definitions, with the instances a document added
    /// after the others (as the schema orders them, before what follows instances).
    func writeContent(adding instances: [Element], to xml: XMLWriter) {
        if !before.isEmpty { xml.markup(before) }
        for instance in instances { instance.write(to: xml) }
        if !after.isEmpty { xml.markup(after) }
    }
}

// The template as a cache entry holds it (`ReferenceContent`); the ids are the reference's,
// which may be negative.
extension NumberingTemplate {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(namespaces)
        encoder.write(rootAttributes)
        for id in [bulletNumId, numberAbstractId, nextNumId] { encoder.write(signed: id) }
        encoder.write(before)
        encoder.write(after)
    }

    init(decoding decoder: inout CacheDecoder) {
        namespaces = decoder.namespaces()
        rootAttributes = decoder.attributes()
        bulletNumId = decoder.signed()
        numberAbstractId = decoder.signed()
        nextNumId = decoder.signed()
        before = decoder.byteArray()
        after = decoder.byteArray()
    }
}
