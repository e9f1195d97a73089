@testable import DOCXWriter
import Foundation
import OOXML

/// Tiny ZIP archives for refusal tests.
enum ZipArchiveFixture {
    static func single(_ name: String, _ text: String) -> Data {
        ZipWriter.archive([(name, Data(text.utf8))])
    }
}
