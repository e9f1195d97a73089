// The content types of the parts this writer produces.
enum ContentType {
    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    static let mainDocument = wordprocessing + "document.main+xml"
    static let styles = wordprocessing + "styles+xml"
    static let numbering = wordprocessing + "numbering+xml"
    static let settings = wordprocessing + "settings+xml"
    static let fontTable = wordprocessing + "fontTable+xml"
    static let header = wordprocessing + "header+xml"
    static let footer = wordprocessing + "footer+xml"
    static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
    static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    static let xml = "application/xml"

    /// Image types by file extension, for media a reference document carries.
    static let images: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
        "tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
    ]
}
