import Foundation
import Testing

/// A plan with an element in the wrong braces must not compile, and the compiler must
/// say in Swedish where the element belongs, on the element's line.
@Suite("Misplaced DSL elements do not compile")
struct MisplacementTests {
    @Test("the compiler points at the misplaced element", arguments: [
        ("Aktivitet(\"Utanför ett mål\")", "En Aktivitet hör hemma inuti ett Mål"),
        ("Mål(\"1.1\", \"Utanför ett fokusområde\")", "Ett Mål hör hemma inuti ett Fokus"),
        ("Fokus(.utsattaGrupper) { Aktivitet(\"Direkt i fokusområdet\") }", "En Aktivitet hör hemma inuti ett Mål"),
        ("Fokus(.utsattaGrupper) { Mål(\"4.1\", \"Mål\") { Delmål(\"Utan aktivitet\") } }", "Ett Delmål hör hemma inuti en Aktivitet"),
        ("Fokus(.utsattaGrupper) { Mål(\"4.1\", \"Mål\", genomför: .b9_9) }", "b9_9"),
    ])
    func misplaced(element: String, message: String) throws {
        let source = """
            import Examples
            import PlanModel

            let plan = Handlingsplan(id: "fel", organisationer: ["Kommun"], titel: "Fel", period: .år(2021)) {
                \(element)
            }
            """
        let folder = try RenderProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("Plan.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)

        let result = try RenderProcess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["swiftc", "-typecheck", "-I", RenderProcess.products.appendingPathComponent("Modules").path, file.path])
        let output = result.errors

        #expect(result.status != 0)
        let line = output.split(separator: "\n").first { $0.contains(": error: ") }.map(String.init) ?? ""
        #expect(line.hasPrefix("\(file.path):5:"), "\(output)")
        #expect(line.contains(message), "\(output)")
    }
}
