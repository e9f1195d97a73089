import Foundation

// Foundation's JSON parser says what is wrong in English, with a byte offset
// ("Invalid value around character 8."). The officer who saved the file gets it in
// Swedish at a line and column; a reason this does not know is named only as not JSON.
extension KoladaError {
    init(syntax error: any Error, in bytes: Data, file: String) {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        let offset: Int
        let what: String
        if description.hasPrefix("Unexpected end of file") {
            offset = bytes.count
            what = "filen tar slut innan allt som öppnats har stängts (en klammer, ett citattecken eller ett värde saknas)"
        } else {
            offset = Self.offset(in: description).map { min($0, bytes.count) } ?? 0
            what = Self.reason(description)
        }
        let (line, column) = Self.position(of: offset, in: bytes)
        self.init(file: file, line: line, column: column, message: "filen är inte giltig JSON: \(what).")
    }

    private static func reason(_ description: String) -> String {
        if description.hasPrefix("Too many nested") { return "för många listor och objekt inuti varandra" }
        if description.contains("escape") || description.contains("surrogate") || description.contains("control character") {
            return "en text har ett felskrivet \\-tecken eller ett styrtecken"
        }
        if description.localizedCaseInsensitiveContains("number") { return "ett tal är felskrivet" }
        if description.hasPrefix("Invalid value") {
            return "här börjar något som inte är ett JSON-värde (kanske saknas ett kommatecken, ett citattecken eller en klammer före)"
        }
        return "filen kan inte läsas som JSON härifrån"
    }

    /// The byte offset in "… around character 8.", as swift-foundation counts it.
    private static func offset(in description: String) -> Int? {
        guard let range = description.range(of: "around character ") else { return nil }
        return Int(description[range.upperBound...].prefix { $0.isNumber })
    }

    /// Line and column (from 1, columns in characters) of a byte offset.
    private static func position(of offset: Int, in bytes: Data) -> (line: Int, column: Int) {
        let before = bytes.prefix(offset)
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        return (line, String(decoding: before[lineStart...], as: UTF8.self).count + 1)
    }
}
