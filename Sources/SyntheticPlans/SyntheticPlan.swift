import PlanModel

/// Reproducible plans shaped like the seed plans, of any size, for benchmarks: five
/// fokusområden, numbered goals, activities with several delmål rows, follow-ups and
/// indicators, in Swedish text of realistic length.
///
/// ```swift
/// let plan = SyntheticPlan.make(rows: 10_000, seed: 1)
/// plan.allaMål.flatMap(\.mål.aktiviteter).flatMap(\.rader).count   // 10 000
/// ```
public enum SyntheticPlan {
    /// A plan with exactly `rows` delmål rows. The same arguments give the same plan.
    /// Goals implement the regional goal with the same number, where `regionalGoals` has one.
    public static func make(rows: Int, seed: UInt64 = 1, id: String = "syntetisk", layout: Tabellayout = .delmål,
                            regionalGoals: [RegionaltMål] = []) -> Handlingsplan {
        var random = SplitMix64(seed: seed)
        let text = SwedishText()
        let activities = activityRowCounts(rows: rows, random: &random)
        let goalsPerArea = max(1, min(9, activities.count / 5 / 3))
        var activityIndex = 0
        let areas = Fokusområde.allCases.map { area -> Fokus in
            let goals = (1...goalsPerArea).map { goalNumber -> Mål in
                let share = areaShare(count: activities.count, area: area, goal: goalNumber, goals: goalsPerArea)
                let rowCounts = Array(activities[activityIndex..<min(activities.count, activityIndex + share)])
                activityIndex += rowCounts.count
                let number = "\(area.nummer).\(goalNumber)"
                return goal(number: number, implementing: regionalGoals.first { $0.nummer == number }, rowCounts: rowCounts,
                            text: text, random: &random)
            }
            return Fokus(area) { goals }
        }
        return Handlingsplan(
            id: id, organisationer: ["\(text.pick(SwedishText.municipalities, &random)) kommun", "Västra Götalandsregionen"],
            titel: "Det goda livet – syntetisk plan med \(rows) rader",
            undertitel: "Lokal handlingsplan för psykisk hälsa, barn och unga",
            period: .årsintervall(2021, 2023),
            fastställd: Fastställande(av: "närsjukvårdsgrupp barn och unga", Datum(2021, 3, 15)),
            revideringar: [Datum(2022, 3, 14), Datum(2023, 3, 13)],
            tabellayout: layout
        ) {
            Kapitel("Bakgrund") {
                for _ in 0..<3 { Stycke(text.paragraph(sentences: 5, &random)) }
            }
            areas
        }
    }

    /// How many delmål rows each activity gets: 1 to 4, adding up to `rows`.
    private static func activityRowCounts(rows: Int, random: inout SplitMix64) -> [Int] {
        var counts: [Int] = []
        var left = max(1, rows)
        while left > 0 {
            let count = min(left, 1 + Int(random.next() % 4))
            counts.append(count)
            left -= count
        }
        return counts
    }

    /// The activities of one goal: an even share, with the remainder on the last goal.
    private static func areaShare(count: Int, area: Fokusområde, goal: Int, goals: Int) -> Int {
        let slots = Fokusområde.allCases.count * goals
        let slot = (area.nummer - 1) * goals + (goal - 1)
        let base = count / slots
        return slot == slots - 1 ? count - base * (slots - 1) : base
    }

    private static func goal(number: String, implementing regional: RegionaltMål?, rowCounts: [Int], text: SwedishText,
                             random: inout SplitMix64) -> Mål {
        let activities = rowCounts.map { rowCount in activity(rows: rowCount, text: text, random: &random) }
        var goal = Mål(number, text.sentence(words: 8, &random)) {
            Stycke(text.paragraph(sentences: 4, &random))
            activities
        }
        goal.regionalaMål = regional.map { [$0] } ?? []
        return goal
    }

    private static func activity(rows: Int, text: SwedishText, random: inout SplitMix64) -> Aktivitet {
        let subGoals = (0..<rows).map { _ in subGoal(text: text, random: &random) }
        let indicators = (0..<Int(random.next() % 3)).map { index in
            Indikator(Löptext(text.sentence(words: 6, &random)), index == 0 ? .process : .resultat)
        }
        let kind = Aktivitetstyp.allCases[Int(random.next() % UInt64(Aktivitetstyp.allCases.count))]
        return Aktivitet(Löptext(text.sentence(words: 9, &random)), typ: kind) {
            subGoals
            indicators
        }
    }

    private static func subGoal(text: SwedishText, random: inout SplitMix64) -> Delmål {
        let year = 2021 + Int(random.next() % 3)
        let times: [Tid] = [.år(year), .läsår(year), .termin(.ht, year), .månad(.maj, year), .pågående]
        let when = times[Int(random.next() % UInt64(times.count))]
        let followUps = (0..<Int(random.next() % 3)).map { index in
            Uppföljning(.månad(Månad(rawValue: 3 + Int(random.next() % 9))!, year + index), Löptext(text.paragraph(sentences: 2, &random)),
                        status: index == 0 ? .pågående : .genomförd)
        }
        return Delmål(Löptext(text.sentence(words: 12, &random)), när: [when],
                      ansvar: text.pick(SwedishText.responsibleParties, &random)) { followUps }
    }
}
