// The content types of the parts this writer produces.
package enum ContentType {
    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    package static let mainDocument = wordprocessing + "document.main+xml"
    package static let styles = wordprocessing + "styles+xml"
    package static let numbering = wordprocessing + "numbering+xml"
    package static let settings = wordprocessing + "settings+xml"
    package static let fontTable = wordprocessing + "fontTable+xml"
    package static let header = wordprocessing + "header+xml"
    package static let footer = wordprocessing + "footer+xml"
    package static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
    package static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    package static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    package static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    package static let xml = "application/xml"
    package static let chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

    /// Image types by file extension, for media a reference document carries.
    package static let images: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
        "tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
    ]
}
