import CLibXML2
import CLibZip

// libxml2 and libzip are loaded when a part is first parsed or an archive first read or
// written, not at start (CLibXML2.h and CLibZip.h say why); every entry point that calls
// one asks here first.
enum SharedLibrary {
    /// Why libxml2 could not be loaded, in Swedish; nil once it is loaded.
    static func libxml2Failure() -> String? { failure("libxml2", debianPackage: "libxml2", handlingsplan_libxml2_load()) }

    /// Why libzip could not be loaded, in Swedish; nil once it is loaded.
    static func libzipFailure() -> String? { failure("libzip", debianPackage: "libzip4", handlingsplan_libzip_load()) }

    private static func failure(_ name: String, debianPackage: String, _ reason: UnsafePointer<CChar>?) -> String? {
        guard let reason else { return nil }
        return "biblioteket \(name) kunde inte läsas in (\(String(cString: reason))); installera det (Debian: \(debianPackage))"
    }
}
