import Examples
import Foundation
import PlanModel
import Testing

/// `render json` against the published schema (schema/handlingsplan.schema.json), with a
/// real validator: PyPI `jsonschema` through scripts/validate_json.py.
@Suite("Open data: every export validates against the JSON Schema")
struct OpenDataSchemaTests {
    private static let schema = RenderProcess.repository.appendingPathComponent("schema/handlingsplan.schema.json").path

    private func validate(_ files: [URL]) throws -> RenderProcess.Result {
        try RenderProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/validate_json.py", Self.schema] + files.map(\.path))
    }

    private func export(_ id: String, to folder: URL) throws -> URL {
        let result = try RenderProcess().run(["json", id])
        #expect(result.status == 0, "\(result.errors)")
        let file = folder.appendingPathComponent("\(id).json")
        try Data(result.output.utf8).write(to: file)
        return file
    }

    @Test func everyExampleExportValidates() throws {
        let folder = try RenderProcess.temporaryDirectory()
        let files = try Exempel.planer.map { try export($0.id, to: folder) }
        let result = try validate(files)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.split(separator: "\n").count == Exempel.planer.count)
        #expect(result.output.split(separator: "\n").allSatisfy { $0.hasSuffix(": giltig") })
        for file in files {
            let json = try String(contentsOf: file, encoding: .utf8)
            #expect(json.contains("\"formatversion\" : \"2\""))
            #expect(json.contains("\"namn\" : \"Förebyggande och främjande arbete\""))
        }
    }

    @Test func theSchemaRejectsHandBrokenExports() throws {
        let folder = try RenderProcess.temporaryDirectory()
        let original = try export("tanum", to: folder)
        func broken(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> URL {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: original)) as? [String: Any])
            change(&object)
            let file = folder.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object).write(to: file)
            return file
        }
        let wrongType = try broken("fel-typ.json") { $0["titel"] = 42 }
        let unknownArea = try broken("okant-fokusomrade.json") { plan in
            plan = Self.replacingFirstArea(in: plan) as! [String: Any]
        }
        let wrongVersion = try broken("fel-version.json") { $0["formatversion"] = "1" }
        let result = try validate([wrongType, unknownArea, wrongVersion])
        #expect(result.status == 1)
        #expect(result.output.contains("fel-typ.json: $.titel: 42 is not of type 'string'"))
        #expect(result.output.contains("okant-fokusomrade.json: $.innehåll["))
        #expect(result.output.contains(".fokus.område.nummer"))
        #expect(result.output.contains("fel-version.json: $.formatversion"))
        #expect(!result.output.contains("giltig"))
    }

    /// The value with the first fokusområde's `område` replaced by an area that does not exist.
    private static func replacingFirstArea(in value: Any) -> Any {
        var done = false
        func walk(_ value: Any) -> Any {
            guard !done else { return value }
            if var object = value as? [String: Any] {
                if var fokus = object["fokus"] as? [String: Any] {
                    fokus["område"] = ["nummer": 7, "namn": "Påhittat fokusområde"]
                    object["fokus"] = fokus
                    done = true
                    return object
                }
                for key in object.keys.sorted() { object[key] = walk(object[key]!) }
                return object
            }
            if let array = value as? [Any] { return array.map(walk) }
            return value
        }
        return walk(value)
    }
}
