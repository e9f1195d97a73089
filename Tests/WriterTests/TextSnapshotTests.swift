import Examples
import Foundation
import PlanLayout
import SnapshotTesting
import Testing
@testable import TextWriter
import Wording

/// Golden files of every example as text, reviewed by eye once and committed. CI runs
/// with SNAPSHOT_TESTING_RECORD=never, so a missing or changed file fails.
@Suite("Text output of the examples")
struct TextSnapshotTests {
    static let labels: Labels = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/labels.sv.yaml")
        return try! Labels(yaml: String(contentsOf: url, encoding: .utf8), file: url.path)
    }()

    @Test("golden text", arguments: Exempel.planer.map(\.id))
    func golden(id: String) throws {
        let plan = try #require(Exempel.plan(id))
        let text = TextWriter().write(HandlingsplanLayout(labels: Self.labels).document(for: plan))
        assertSnapshot(of: text, as: .lines, named: id)
    }

    @Test("no line is wider than the width", arguments: Exempel.planer.map(\.id))
    func width(id: String) throws {
        let plan = try #require(Exempel.plan(id))
        for width in [40, 80, 120] {
            let text = TextWriter(width: width).write(HandlingsplanLayout(labels: Self.labels).document(for: plan))
            // A web address longer than the line stands alone on its line, unbroken.
            let wide = text.components(separatedBy: "\n").filter { line in
                let words = line.split(separator: " ")
                return line.terminalWidth > width && !(words.count == 1 && words[0].contains("://"))
            }
            #expect(wide.isEmpty, "\(wide.first ?? "")")
        }
    }
}
