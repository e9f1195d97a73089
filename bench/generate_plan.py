#!/usr/bin/env python3
"""Writes a plan of N activities in the DSL, shaped like the seeds (five fokusområden,
goals of five activities with delmål rows and indicators), for timing the type checker:
bench/generate_plan.py 400 > /tmp/Plan400.swift"""
import sys

areas = ["förebyggandeOchFrämjande", "tillgängligaTidigaInsatser", "enskildasDelaktighet", "utsattaGrupper",
         "ledningStyrningOrganisation"]
n = int(sys.argv[1])
per_goal = 5
goals = (n + per_goal - 1) // per_goal
out = ["import PlanModel", "", "let plan = Handlingsplan(id: \"stor\", organisationer: [\"Storstads kommun\"], "
       "titel: \"Stor plan\", period: .årsintervall(2021, 2023)) {",
       "    Kapitel(\"Bakgrund\") { Stycke(\"Planen är genererad.\") }"]
written = 0
for area_index, area in enumerate(areas):
    out.append(f"    Fokus(.{area}) {{")
    out.append(f"        Stycke(\"Inledning till fokusområde {area_index + 1}.\")")
    area_goals = goals // len(areas) + (1 if area_index < goals % len(areas) else 0)
    for g in range(area_goals):
        out.append(f"        Mål(\"{area_index + 1}.{g + 1}\", \"Mål {g + 1} inom området\") {{")
        for a in range(per_goal):
            if written == n:
                break
            written += 1
            out.append(f"            Aktivitet(\"Aktivitet {written}\") {{")
            out.append(f"                Delmål(\"Delmål för aktivitet {written}\", när: [.år(2022)], ansvar: \"Förvaltning {written % 7}\")")
            out.append(f"                Indikator(\"Andel deltagare, aktivitet {written}\", .resultat)")
            out.append("            }")
        out.append("        }")
    out.append("    }")
out.append("}")
print("\n".join(out))
