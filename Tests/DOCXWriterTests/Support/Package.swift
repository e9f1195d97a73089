@testable import DOCXWriter
import Foundation
import OOXML

/// The parts of a written .docx, unpacked and parsed with the writer's own reader.
struct UnpackedDOCX {
    let files: [String: Data]

    init(_ data: Data) throws {
        files = Dictionary(try ZipReader.entries(of: data).map { ($0.name, $0.data) }, uniquingKeysWith: { a, _ in a })
    }

    /// Entry names in archive order.
    static func names(_ data: Data) throws -> [String] {
        try ZipReader.entries(of: data).map(\.name)
    }

    func part(_ name: String) throws -> Element {
        guard let data = files[name] else { throw Missing(name: name) }
        return try PartParser.parse(data).root
    }

    func text(_ name: String) -> String {
        files[name].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    struct Missing: Error {
        let name: String
    }
}

extension Element {
    /// The concatenated `w:t` texts below this element.
    var wordText: String { descendants("w:t").map(\.text).joined() }
}
