import CLibXML2
import Foundation

// Reads a part of a reference document into an `Element` tree with libxml2, rewriting
// namespace prefixes to the canonical ones. No network access, no entity expansion.
package enum PartParser {
    /// Why a part could not be read, with the line libxml2 stopped at.
    package struct Failure: Error {
        package let line: Int
        package let message: String
    }

    package static func parse(_ data: Data) throws(Failure) -> XMLPart {
        if let failure = SharedLibrary.libxml2Failure() { throw Failure(line: 0, message: failure) }
        guard let context = xmlNewParserCtxt() else { throw Failure(line: 0, message: "minnet räcker inte för libxml2") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { bytes -> xmlDocPtr? in
            let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(context, base, Int32(bytes.count), "part.xml", nil, options)
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            if let document { xmlFreeDoc(document) }
            let error = context.pointee.lastError
            throw Failure(line: Int(error.line), message: error.code == 0 ? "delen är tom" : XMLMessage.text(code: error.code))
        }
        defer { xmlFreeDoc(document) }
        var converter = Converter()
        let element = converter.element(root)
        return XMLPart(root: element, namespaces: converter.namespaces)
    }

    // One walk over the libxml2 tree, collecting every namespace met.
    private struct Converter {
        var namespaces: [Namespace] = []
        private var prefixes: [String: String] = [:]  // uri → prefix used in the tree

        mutating func element(_ node: xmlNodePtr) -> Element {
            var declaration = node.pointee.nsDef
            while let ns = declaration {
                _ = prefix(for: ns)
                declaration = ns.pointee.next
            }
            let localName = String(cString: node.pointee.name)
            let name = qualified(localName, node.pointee.ns)
            var attributes: [Attribute] = []
            var attribute = node.pointee.properties
            while let property = attribute {
                let attributeName = qualified(String(cString: property.pointee.name), property.pointee.ns)
                var value = ""
                if let content = xmlNodeGetContent(UnsafeMutableRawPointer(property).assumingMemoryBound(to: xmlNode.self)) {
                    value = String(cString: content)
                    clibxml2_free(content)
                }
                if attributeName.hasPrefix("mc:") { value = canonicalPrefixList(value, node) }
                attributes.append(Attribute(attributeName, value))
                attribute = property.pointee.next
            }
            var children: [Node] = []
            let keepsSpace = ["t", "instrText", "delText"].contains(localName)
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    children.append(.element(element(current)))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        let text = String(cString: content)
                        if keepsSpace || !text.allSatisfy(\.isWhitespace) { children.append(.text(text)) }
                    }
                default:
                    break
                }
                child = current.pointee.next
            }
            return Element(name, attributes, children)
        }

        private mutating func qualified(_ localName: String, _ ns: xmlNsPtr?) -> String {
            guard let ns else { return localName }
            let prefix = prefix(for: ns)
            return prefix.isEmpty ? localName : "\(prefix):\(localName)"
        }

        private mutating func prefix(for ns: xmlNsPtr) -> String {
            let uri = String(cString: ns.pointee.href)
            if let known = prefixes[uri] { return known }
            var prefix = Namespace.prefixByURI[uri] ?? ns.pointee.prefix.map { String(cString: $0) } ?? ""
            // An unknown namespace whose prefix is taken keeps a unique variant of it.
            while namespaces.contains(where: { $0.prefix == prefix }) || (Namespace.prefixByURI[uri] == nil && Namespace.uriByPrefix[prefix] != nil) {
                prefix += "x"
            }
            prefixes[uri] = prefix
            if prefix != "xml" { namespaces.append(Namespace(prefix: prefix, uri: uri)) }
            return prefix
        }

        // mc:Ignorable and its kin list prefixes, which must follow the renaming.
        private mutating func canonicalPrefixList(_ value: String, _ node: xmlNodePtr) -> String {
            value.split(separator: " ").map { token -> String in
                guard let ns = xmlSearchNs(node.pointee.doc, node, String(token)) else { return String(token) }
                return prefix(for: ns)
            }.joined(separator: " ")
        }
    }
}
