import Foundation

// Typed access to parsed JSON that names the file and the path of whatever is wrong.
struct JSONPathReader {
    let file: String

    func object(_ value: Any?, _ path: String) throws(KoladaError) -> [String: Any] {
        guard let object = value as? [String: Any] else { throw wrong(value, path, "ska vara ett objekt") }
        return object
    }

    func array(_ value: Any?, _ path: String) throws(KoladaError) -> [Any] {
        guard let array = value as? [Any] else { throw wrong(value, path, "ska vara en lista") }
        return array
    }

    func string(_ value: Any?, _ path: String) throws(KoladaError) -> String {
        guard let string = value as? String else { throw wrong(value, path, "ska vara en text") }
        return string
    }

    func integer(_ value: Any?, _ path: String) throws(KoladaError) -> Int {
        guard let number = value as? NSNumber, !Self.isTruthValue(number), number.doubleValue == number.doubleValue.rounded() else {
            throw wrong(value, path, "ska vara ett årtal")
        }
        return number.intValue
    }

    func optionalNumber(_ value: Any?, _ path: String) throws(KoladaError) -> Double? {
        if value is NSNull { return nil }
        guard let number = value as? NSNumber, !Self.isTruthValue(number) else { throw wrong(value, path, "ska vara ett tal eller null") }
        return number.doubleValue
    }

    /// JSON's true and false, which Foundation hands over as numbers of one byte.
    private static func isTruthValue(_ number: NSNumber) -> Bool {
        ["c", "B"].contains(String(cString: number.objCType))
    }

    private func wrong(_ value: Any?, _ path: String, _ expected: String) -> KoladaError {
        let found: String
        switch value {
        case nil: found = "saknas"
        case let text as String: found = "är texten \"\(text)\""
        case is NSNull: found = "är null"
        case is [Any]: found = "är en lista"
        case is [String: Any]: found = "är ett objekt"
        case let number as NSNumber where Self.isTruthValue(number): found = number.boolValue ? "är true" : "är false"
        case let number as NSNumber: found = "är \(number)"
        default: found = "har fel typ"
        }
        return KoladaError(file: file, path: path, message: "\(expected), men \(found)")
    }
}
