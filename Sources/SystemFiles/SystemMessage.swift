import Foundation

// The operating system's reasons in Swedish: strerror speaks English. The errors a user
// meets when writing documents or output are named here; others keep the system's own words.
package enum SystemMessage {
    package static func text(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "disken är full"
        case EDQUOT: return "diskkvoten är slut"
        case EACCES, EPERM: return "behörighet saknas"
        case EROFS: return "filsystemet är skrivskyddat"
        case ENOENT: return "mappen finns inte"
        case ENOTDIR: return "en del av sökvägen är en fil, inte en mapp"
        case EISDIR: return "det finns en mapp med det namnet"
        case EEXIST: return "det finns redan en fil med det namnet"
        case ELOOP: return "sökvägen går genom för många symboliska länkar"
        case ENAMETOOLONG: return "namnet är för långt"
        case EMFILE, ENFILE: return "för många öppna filer"
        case EIO: return "läs- eller skrivfel på disken"
        case ENOMEM: return "minnet räcker inte"
        case EBADF: return "den är stängd"
        case EPIPE: return "den som läste har slutat läsa"
        default: return "systemfel \(code) (\(String(cString: strerror(code))))"
        }
    }

    /// The reason a Foundation file operation failed, in Swedish where the system's error
    /// number is known.
    package static func text(for error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return text(Int32(nsError.code)) }
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return text(Int32(posix.code))
        }
        return nsError.localizedDescription
    }
}
