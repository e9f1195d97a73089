import CLibXML2

// libxml2 sets up its global state once, before any thread uses it; documents are written
// on several threads at once.
package enum LibXML {
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    package static func initialise() { _ = ready }
}
