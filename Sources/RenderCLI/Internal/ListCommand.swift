import ArgumentParser
import PlanModel

// `render list`: what plans and reports there are.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Visa planerna och rapporterna: id, titel, organisation, period och senaste ändring.")

    func run() throws {
        let header = ["ID", "TITEL", "ORGANISATION", "PERIOD", "SENAST ÄNDRAD"]
        let plans = try Catalog.shared.all().map { plan in
            [plan.id, plan.titel, plan.organisationer.first ?? "", periodText(plan.period), plan.senastÄndrad?.iso ?? "–"]
        }
        let reports = Catalog.shared.reports.map { rapport in
            [rapport.id, rapport.titel, rapport.organisationer.first ?? "", rapport.period.map(periodText) ?? "–",
             rapport.datum?.iso ?? "–"]
        }
        let analyses = Catalog.shared.analyses.map { uppdrag in
            [uppdrag.id, uppdrag.titel ?? "Analys av \(uppdrag.planer.map(\.id).joined(separator: ", "))", "", "–", uppdrag.datum.iso]
        }
        // Long titles are cut so each row stays one line; controls are made visible.
        let rows = (plans + reports + analyses).map { row in row.map { Self.cut(Console.escaped($0)) } }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let line = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
            }.joined(separator: "  ")
            Console.output(line)
        }
    }

    static let longestColumn = 48

    private static func cut(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= longestColumn ? line : String(line.prefix(longestColumn - 1)) + "…"
    }

    private func periodText(_ tid: Tid) -> String {
        switch (tid.första, tid.sista) {
        case let (första?, sista?) where första.år == sista.år: return String(första.år)
        case let (första?, sista?): return "\(första.år)–\(sista.år)"
        default: return "–"
        }
    }
}
