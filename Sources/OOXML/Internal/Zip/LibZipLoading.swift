import CLibZip

// libzip is loaded when the first archive is read or written, not at start (CLibZip.h says
// why); every entry point that calls it asks here first.
enum LibZipLoading {
    /// Why libzip could not be loaded, in Swedish; nil once it is loaded.
    static func failure() -> String? {
        guard let reason = handlingsplan_libzip_load() else { return nil }
        return "biblioteket libzip kunde inte läsas in (\(String(cString: reason))); installera det (Debian: libzip4)"
    }
}
