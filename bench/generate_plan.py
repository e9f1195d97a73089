#!/usr/bin/env python3
"""Writes a plan of N activities in the DSL, for timing the type checker:
bench/generate_plan.py 400 > /tmp/Plan400.swift

Shapes (second argument):
  fem       five fokusområden, goals of five activities each with a Delmål and an Indikator (default)
  ett-fokus the same goals, all in one fokusområde
  ett-mål   all activities in one goal
Styles (third argument):
  mål       every goal its own constant, as README's guide and `render ny` write plans, and in a goal of
            more than 20 activities every activity too (default)
  nästlad   the whole plan as one nested expression: type-checks in time quadratic in its size

The compiler solves one expression (here one constant's initialiser, with every closure nested
in it) as one constraint system, and each closure it solves costs time in proportion to all
that system has solved before it; separate constants are solved separately."""
import sys

AREAS = ["förebyggandeOchFrämjande", "tillgängligaTidigaInsatser", "enskildasDelaktighet", "utsattaGrupper",
         "ledningStyrningOrganisation"]
PER_GOAL = 5
# A goal with more activities than this writes each activity as its own constant too.
MANY = 20


def activity(number, indent):
    pad = " " * indent
    return [f"{pad}Aktivitet(\"Aktivitet {number}\") {{",
            f"{pad}    Delmål(\"Delmål för aktivitet {number}\", när: [.år(2022)], ansvar: \"Förvaltning {number % 7}\")",
            f"{pad}    Indikator(\"Andel deltagare, aktivitet {number}\", .resultat)",
            f"{pad}}}"]


def goals_of(n, shape):
    """[(area index, goal number within area, [activity numbers])]"""
    if shape == "ett-mål":
        return [(0, 1, list(range(1, n + 1)))]
    chunks = [list(range(start, min(start + PER_GOAL, n + 1))) for start in range(1, n + 1, PER_GOAL)]
    if shape == "ett-fokus":
        return [(0, g + 1, chunk) for g, chunk in enumerate(chunks)]
    areas, result, start = len(AREAS), [], 0
    for area in range(areas):
        count = len(chunks) // areas + (1 if area < len(chunks) % areas else 0)
        result += [(area, g + 1, chunk) for g, chunk in enumerate(chunks[start:start + count])]
        start += count
    return result


def plan(n, shape, style):
    goals = goals_of(n, shape)
    used_areas = sorted({area for area, _, _ in goals})
    out = ["import PlanModel", "",
           "let plan = Handlingsplan(id: \"stor\", organisationer: [\"Storstads kommun\"], "
           "titel: \"Stor plan\", period: .årsintervall(2021, 2023)) {",
           "    Kapitel(\"Bakgrund\") { Stycke(\"Planen är genererad.\") }"]
    constants = []
    for area in used_areas:
        out.append(f"    Fokus(.{AREAS[area]}) {{")
        out.append(f"        Stycke(\"Inledning till fokusområde {area + 1}.\")")
        for goal_area, number, activities in goals:
            if goal_area != area:
                continue
            header = f"Mål(\"{area + 1}.{number}\", \"Mål {number} inom området\") {{"
            if style == "nästlad":
                out.append("        " + header)
                for a in activities:
                    out += activity(a, 12)
                out.append("        }")
            else:
                name = f"mål{area + 1}_{number}"
                out.append(f"        {name}")
                constants += ["", f"private let {name} = {header}"]
                if len(activities) <= MANY:
                    for a in activities:
                        constants += activity(a, 4)
                    constants.append("}")
                else:
                    constants += [f"    aktivitet{a}" for a in activities] + ["}"]
                    for a in activities:
                        lines = activity(a, 0)
                        constants += ["", f"private let aktivitet{a} = " + lines[0]] + lines[1:]
        out.append("    }")
    out.append("}")
    return "\n".join(out + constants)


if __name__ == "__main__":
    size = int(sys.argv[1])
    shape = sys.argv[2] if len(sys.argv) > 2 else "fem"
    style = sys.argv[3] if len(sys.argv) > 3 else "mål"
    if shape not in ("fem", "ett-fokus", "ett-mål") or style not in ("mål", "nästlad"):
        sys.exit(__doc__)
    print(plan(size, shape, style))
