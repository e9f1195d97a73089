import DOCXWriter
import Foundation
import Testing

/// Every part of every Word file against the ECMA-376 Transitional schemas, with the
/// validator in ../shared/ooxml.
@Suite struct SchemaValidationTests {
    @Test func everyExampleIsValid() throws {
        let results = try validate(ExampleFiles.all.map(\.file))
        #expect(results.status == 0, "\(results.text)\(results.errors)")
        #expect(results.text.contains("\(ExampleFiles.all.count) valid, 0 invalid"), "\(results.text)")
    }

    @Test func theShippedReferenceDocumentIsValidAndIsTheBuiltInOne() throws {
        let shipped = Repository.templates.appendingPathComponent("docx/reference.docx")
        let results = try validate([shipped])
        #expect(results.status == 0, "\(results.text)\(results.errors)")
        // The repository ships what `render template docx` writes, byte for byte.
        let identical = try Data(contentsOf: shipped) == ReferenceDocument.builtInData
        #expect(identical,
                "templates/docx/reference.docx differs from the built-in one; run `swift run render template docx --out templates/docx/reference.docx`")
    }

    /// Runs the validator; fails the test clearly when it or its tools are missing.
    static func validate(_ files: [URL]) throws -> Tool.Result {
        _ = try Tool.require("python3", package: "python3")
        _ = try Tool.require("xmllint", package: "libxml2-utils")
        let validator = Repository.validator
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            throw ValidatorMissing(path: validator.path)
        }
        return try Tool.run(validator.path, files.map(\.path))
    }

    private func validate(_ files: [URL]) throws -> Tool.Result { try Self.validate(files) }

    struct ValidatorMissing: Error, CustomStringConvertible {
        let path: String
        var description: String { "The OOXML validator is missing at \(path): check out ../shared beside the repository or set OOXML_VALIDATE_DOCX." }
    }
}
