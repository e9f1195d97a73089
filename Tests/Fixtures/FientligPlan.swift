import PlanModel

// A plan written as a careless or hostile user would: control characters, a NUL, a
// direction override, markup, a Mustache tag and unsafe links. End-to-end tests check
// that `render validate` warns at these lines and that `render list` prints them safely;
// keep the line numbers in EndToEndTests in step. Chosen with RENDER_FIXTURES=fientlig.
let fientligPlan = Handlingsplan(
    id: "fientlig",
    organisationer: ["Kommun\u{1B}[31m röd"],
    titel: "Plan <script>alert(1)</script> {{>sidfot}} med en mycket lång titel som inte får plats på en rad i listan",
    period: .årsintervall(2020, 2022)
) {
    Kapitel("Bakgrund") {
        Stycke("Text med NUL\u{0}, klocka\u{07} och rad\r\nbrytning")
        Stycke { "Se "; Länk("farlig länk", till: "javascript:alert(document.cookie)"); " och "; Länk("bra", till: "https://skr.se/a b") }
        Stycke("Omvänd \u{202E}txet\u{202C} här")
    }
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Ett mål") {
            Aktivitet("En aktivitet") {
                Delmål("Ett delmål", när: [.år(2021)], ansvar: "Socialtjänsten")
            }
        }
    }
}
