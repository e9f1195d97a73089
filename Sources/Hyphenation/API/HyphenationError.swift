/// Why hyphenation is not available, in Swedish for the command line.
///
/// ```swift
/// if case .failure(let error) = Hyphenator.swedish { print(error.message) }
/// ```
public enum HyphenationError: Error, Sendable, Hashable {
    case dictionaryMissing(path: String)
    case unreadable(path: String)

    public var message: String {
        switch self {
        case .dictionaryMissing(let path):
            return "varning: avstavningsordlistan \(path) saknas, så långa ord i tabeller avstavas inte "
                + "(installera Debian-paketet hyphen-sv). Filerna skrivs ändå."
        case .unreadable(let path):
            return "varning: avstavningsordlistan \(path) kunde inte läsas, så långa ord i tabeller avstavas inte. "
                + "Filerna skrivs ändå."
        }
    }
}
