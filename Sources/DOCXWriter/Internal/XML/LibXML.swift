import CLibXML2

// libxml2 sets up its global state once, before any thread uses it; documents are written
// on several threads at once.
enum LibXML {
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialise() { _ = ready }
}
