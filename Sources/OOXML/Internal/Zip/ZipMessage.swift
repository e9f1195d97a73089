import CLibZip

// libzip's error codes in Swedish: its own texts are English.
package enum ZipMessage {
    package static func text(_ error: UnsafePointer<zip_error_t>) -> String {
        text(code: zip_error_code_zip(error))
    }

    package static func text(code: Int32) -> String {
        switch code {
        case ZIP_ER_MEMORY: return "minnet räcker inte"
        case ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_TELL, ZIP_ER_EOF: return "läsfel"
        case ZIP_ER_WRITE, ZIP_ER_CLOSE: return "skrivfel"
        case ZIP_ER_CRC: return "kontrollsumman stämmer inte, filen är skadad"
        case ZIP_ER_NOZIP: return "det är ingen ZIP-fil"
        case ZIP_ER_INCONS: return "ZIP-filens innehållsförteckning stämmer inte med innehållet"
        case ZIP_ER_COMPRESSED_DATA, ZIP_ER_ZLIB: return "den packade datan är skadad"
        case ZIP_ER_COMPNOTSUPP: return "packningsmetoden stöds inte"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "filen är krypterad"
        case ZIP_ER_MULTIDISK: return "ZIP-filer i flera delar stöds inte"
        default: return "libzip-fel \(code)"
        }
    }
}
