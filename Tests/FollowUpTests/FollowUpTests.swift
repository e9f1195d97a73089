import DocumentModel
import Examples
import FollowUpLayout
import Foundation
import PlanModel
import Testing
import Wording

/// The yearly follow-up of the example plans on 2022-12-31, against counts made by hand
/// from examples/Vanersborg.swift and examples/Tanum.swift.
@Suite struct FollowUpTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let labels: Labels = {
        let file = root.appendingPathComponent("templates/labels.sv.yaml")
        do {
            return try Labels(yaml: String(contentsOf: file, encoding: .utf8), file: "templates/labels.sv.yaml")
        } catch {
            fatalError("\(error)")
        }
    }()
    static let layout = FollowUpLayout(labels: labels, date: Datum(2022, 12, 31))
    static func plan(_ id: String) throws -> Handlingsplan { try #require(Exempel.planer.first { $0.id == id }) }

    struct Expected: Equatable, CustomStringConvertible {
        var genomförd = 0, pågående = 0, utanStatus = 0, ingen = 0
        var description: String { "genomförd \(genomförd), pågående \(pågående), utan status \(utanStatus), ingen \(ingen)" }
    }

    static func counted(_ plans: [Handlingsplan]) -> [String: Expected] {
        Dictionary(uniqueKeysWithValues: layout.statusCounts(for: plans).map { row in
            #expect(row.counts.byStatus[.ejPåbörjad] == nil && row.counts.byStatus[.inställd] == nil)
            return (row.fokusområde, Expected(genomförd: row.counts.byStatus[.genomförd] ?? 0, pågående: row.counts.byStatus[.pågående] ?? 0,
                                              utanStatus: row.counts.withoutStatus, ingen: row.counts.none))
        })
    }

    // Vänersborg by hand: fokusområde 1 has ABC (its 2022-09-28 entry says genomförd),
    // Föräldraskap i Sverige and VI-projektet done; eight activities with reports but no
    // status; "Insatser som riktas till elever …" has only a planned follow-up (juni 2023).
    // Fokusområde 2: the elevhälsa–vårdcentral dialogue is pågående; the ANDTS training and
    // the youth clinic project have reports; three activities of 2023 and Mini-Maria none.
    static let vanersborg: [String: Expected] = [
        "Förebyggande och främjande arbete": Expected(genomförd: 3, utanStatus: 8, ingen: 1),
        "Tillgängliga tidiga insatser": Expected(pågående: 1, utanStatus: 2, ingen: 4),
        "Enskildas delaktighet och rättigheter": Expected(utanStatus: 1, ingen: 3),
        "Utsatta grupper": Expected(utanStatus: 1),
        "Ledning, styrning och organisation": Expected(genomförd: 1, utanStatus: 1),
    ]
    // Tanum by hand: no entry gives a status, and every entry but one ("Redovisning till
    // FHR", 2021-12-01, Uppmärksamma barn och unga som anhöriga) is "Varje år" or a year
    // without words: a planned follow-up, not a report. Activities per fokusområde: 15, 17, 7, 3, 10.
    static let tanum: [String: Expected] = [
        "Förebyggande och främjande arbete": Expected(utanStatus: 1, ingen: 14),
        "Tillgängliga tidiga insatser": Expected(ingen: 17),
        "Enskildas delaktighet och rättigheter": Expected(ingen: 7),
        "Utsatta grupper": Expected(ingen: 3),
        "Ledning, styrning och organisation": Expected(ingen: 10),
    ]

    @Test func statusCountsPerFokusområdeMatchTheHandCounts() throws {
        #expect(Self.counted([try Self.plan("vanersborg")]) == Self.vanersborg)
        #expect(Self.counted([try Self.plan("tanum")]) == Self.tanum)
        // Across plans, the counts add up per fokusområde.
        let both = Self.counted([try Self.plan("vanersborg"), try Self.plan("tanum")])
        for (name, v) in Self.vanersborg {
            let t = try #require(Self.tanum[name])
            #expect(both[name] == Expected(genomförd: v.genomförd + t.genomförd, pågående: v.pågående + t.pågående,
                                           utanStatus: v.utanStatus + t.utanStatus, ingen: v.ingen + t.ingen), "\(name)")
        }
    }

    @Test func activitiesPassedWithoutFollowUp() throws {
        // Vänersborg: the two 2021 activities of goal 3.2 have only a planned follow-up.
        #expect(Self.layout.passedWithoutFollowUp(try Self.plan("vanersborg")).map(\.namn.ren)
                == ["Genomföra kundenkät", "Uppstart av arbete för att öka ungdomsinflytandet"])
        // Tanum: the activities of 2021 and ht 2021; those of 2022 end on the day itself.
        #expect(Self.layout.passedWithoutFollowUp(try Self.plan("tanum")).map(\.namn.ren) == [
            "Föräldrautbildning/ föreläsning",
            "Prioritera frågan kring alkohol och narkotika bland unga på ledningsnivå",
            "Föräldrautbildning Livsviktigt snack",
            "Utbildning VÅGA FRÅGA från Suicide Zero till allmänheten",
            "Ta vara på civilsamhällets engagemang och kunskap",
        ])
        // A day earlier in the plan's life, a report written later does not count yet.
        let early = FollowUpLayout(labels: Self.labels, date: Datum(2022, 9, 27))
        let abc = try #require(try Self.plan("vanersborg").allaMål.first?.mål.aktiviteter.first)
        #expect(abc.läge(den: Datum(2022, 9, 27)).status == nil)
        #expect(abc.läge(den: Datum(2022, 9, 28)).status == .genomförd)
        #expect(early.passedWithoutFollowUp(try Self.plan("vanersborg")).count == 2)
    }

    @Test func theReportShowsStatusInWordsAndTheSummaryChart() throws {
        let document = Self.layout.document(for: [try Self.plan("vanersborg"), try Self.plan("tanum")])
        let figures = document.blocks.compactMap { block -> Figure? in if case .figure(let figure) = block { figure } else { nil } }
        // One summary across the plans, one per plan.
        #expect(figures.count == 3)
        guard case .chart(let chart) = figures.first?.content else { Issue.record("no chart"); return }
        #expect(chart.categories == ["Förebyggande och främjande arbete", "Tillgängliga tidiga insatser",
                                     "Enskildas delaktighet och rättigheter", "Utsatta grupper", "Ledning, styrning och organisation"])
        let done = try #require(chart.series.first { $0.name == "Genomförd" })
        #expect(done.values.map { $0?.value } == [3, 0, 0, 0, 1])
        #expect(chart.description.contains("Förebyggande och främjande arbete: 3 genomförd"))
    }
}

extension FollowUpTests {
    @Test func theLatestFollowUpIsTheLatestDatedOne() throws {
        // ABC's rows list 2020-05, 2020-11-23, 2022-09-28 and an undated entry (in a later row).
        let abc = try #require(try Self.plan("vanersborg").allaMål.first?.mål.aktiviteter.first)
        #expect(abc.läge(den: Datum(2022, 12, 31)).senaste?.tid == .datum(Datum(2022, 9, 28)))
        #expect(abc.läge(den: Datum(2021, 12, 31)).senaste?.tid == .datum(Datum(2020, 11, 23)))
    }
}
