import AnalysisModel
import PlanModel

// Seed 004, chapter 5, part 2: the sections on the goals for adults, V1.1 … V5.1.

/// The source line of most pages on the work in the vårdsamverkansområden.
let enkäterOchIntervjuer: Löptext = "Länsgemensamma enkäter (2018-2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

/// The note on every results page.
let svårtAttKoppla = "Notera att det finns svårigheter att identifiera hur aktiviteterna kan kopplas till specifika resultat, läs mer på s.41"

let fördjupadAnalysV1_1 = Målavsnitt(.v1_1) {
    Bakgrundsbeskrivning("Varje år tar cirka 200 personer i Västra Götaland sitt eget liv. Bakom varje fullbordat suicid går det tio allvarliga försök och bakom statistiken döljer sig psykisk ohälsa som kan förebyggas genom samverkan över verksamhetsgränser. Det kan handla om att tidigt uppmärksamma varningssignaler, identifiera, ge stöd och behandling till grupper i särskilt utsatta situationer och att utbilda personal. Ingen i Västra Götaland ska behöva se suicid som en utväg.")
    Målindikatorer {
        Indikator("Antal suicid i befolkningen.", .resultat)
        Indikator("Antal suicidförsök i befolkningen.", .resultat)
        Indikator("Handlingsplan för suicidprevention.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Länsgemensam handlingsplan för suicidprevention ska tas fram i enlighet med Folkhälsomyndighetens uppdrag.",
                      genomförd: "Framtagen 2020: Det goda livet i Västra Götaland – Handlingsplan för suicidprevention 2020-2025.")
    }
    Avsnitt("Vårdsamverkansområdena har huvudsakligen arbetat med framtagande av handlingsplaner samt med att utbilda inom första hjälpen psykisk hälsa") {
        Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av handlingsplan", områden: [.samla, .simba, .södraÄlvsborg]) {
            Stycke { "Hälften av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA och Södra Älvsborg"); ") har tagit fram en delregional handlingsplan för suicidprevention alternativt stöttat det lokala arbetet med att ta fram handlingsplaner. Flera lokala handlingsplaner är ännu inte färdigställda och vissa menar att handlingsplanerna hade kunnat tagits fram tidigare om det funnits en tydligare deadline." }
            Citat("Vi har nu en delregional handlingsplan. Den kan följas upp på både delregional och lokal nivå.")
        }
        Aktivitetsgrupp(.kunskapshöjande, områden: [.fyrbodal, .göteborgsregionen, .simba, .samla]) {
            Stycke { "Majoriteten av vårdsamverkansområdena ("; Fet("Fyrbodal, Göteborgsregionen, SIMBA och SAMLA"); ") har arbetat med att stärka kunskapsnivån om suicid. Framför allt har utbildning av instruktörer inom första hjälpen psykisk hälsa genomförts. Instruktörerna är tänkta att själva utbilda andra medarbetare. De som utbildats till instruktörer har varit medarbetare från olika verksamheter så som skola, hälso- och sjukvård, ungdomsmottagning och socialpsykiatri." }
            Citat("År 2021 utbildade vi åtta instruktörer. De får i uppdrag att utbilda medarbetare i verksamheterna.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.södraÄlvsborg, .skaraborg, .samla]) {
            Stycke { Fet("Södra Älvsborg"); " och "; Fet("Skaraborg"); " har anställt projektledare för att driva det förebyggande och främjande arbetet mot suicid. Projektledarna har anställts under de senaste två åren, det vill säga efter att satsningen på arbetet med suicid introducerades. "; Fet("SAMLA"); " kommer att anställa en samordnare under år 2022. Anställningarna syftar exempelvis till att möjliggöra ett sammanhållet och långsiktigt arbete, utbilda chefer och medarbetare samt att stödja det lokala arbetet." }
            Citat("Vi har tillsammans med kommunerna anställt två projektledare för att i kommuner och delregional vårdsamverkan bistå med framtagande av hållbara strukturer för suicidprevention.")
        }
        Stycke("Arbetet med suicidprevention kom igång år 2020 när särskilda medel tilldelades för att arbeta inom området.")
        Not("Projektledare kan ha andra benämningar, som processledare eller samordnare.")
        Källa(enkäterOchIntervjuer)
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Stöttat lokalt arbete med suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt delregional samordnare", .år(2021), detalj: "Samordnaren kommer bland annat genomföra gemensamma utbildningsinsatser.")
            Insats("Genomfört lokala utbildningsinsatser", .år(2021))
            "Fyrbodals arbete har i huvudsak bestått av lokala aktiviteter."
            Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare 6 kommuner.")
            Kommande("lokala utbildningsinsatser.")
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .årsintervall(2018, 2021), detalj: "År 2021 utbildades cirka 11 instruktörer. Mellan 2016 och 2021 har tidigare instruktörer utbildat 2 200 första hjälpare.")
            Insats("Instruktörerna har årligen bjudits in till att delta i årliga nätverksträffar för erfarenhetsutbyte och kunskapspåfyllnad", .årsintervall(2018, 2021))
            Etiketterad("Lokal handlingsplan", "Framtagen i Göteborg och Härryda. Under framtagande i ytterligare två kommuner.")
        }
        Områdesaktiviteter(.samla) {
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .år(2019), .år(2021), detalj: "År 2021 utbildades fem instruktörer. Instruktörerna kommer från olika verksamheter, så som skola, hälso- och sjukvård och socialpsykiatri.")
            Insats("Stöttat lokalt arbete med att ta fram handlingsplaner för suicidprevention", .årsintervall(2020, 2021))
            Etiketterad("Delregional/lokal handlingsplan", "Delregional är framtagen. Lokal handlingsplan framtagen för Lerum och påbörjad i Alingsås.")
            Kommande("År 2022 kommer delregional samordnare anställas och fyra instruktörer utbildas.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Medarbetare har genomgått webbaserad SPISS-utbildning", .årsintervall(2018, 2021))
            Insats("Framtagande av delregional handlingsplan", .årsintervall(2020, 2021))
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .år(2021), detalj: "År 2021 utbildades cirka 20 instruktörer. Instruktörerna kommer från kommunala verksamheter.")
            Insats("Utbildning av medarbetare till att bli \"Första hjälpare\"", .år(2021))
            Etiketterad("Delregional/lokal handlingsplan", "delregional är framtagen. Planen kan följas upp på både lokal och delregional nivå. Lokala handlingsplaner framtagna i Kungälv och Stenungssund.")
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Tillsammans med kommunerna anställt två projektledare", .år(2020), detalj: "Anställningarna avser perioden hösten 2020 till årsskiftet 2021/2022 respektive våren 2021. Projektledarna har bistått med framtagande av hållbara strukturer för suicidprevention i kommuner och delregional vårdsamverkan. En delregional överenskommelse har tagits fram.")
            Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare sju kommuner.")
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Stöttat lokalt arbete med att ta fram handlingsplaner för suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt projektledare", .år(2021), detalj: "Anställningen avser perioden 2021 till 2022. Projektledaren stöttar lokalt arbete.")
            Etiketterad("Lokal handlingsplan", "Framtagen i Svenljunga och Ulricehamn. Under framtagande i ytterligare tre kommuner.")
            Kommande("Utbildning inom första hjälpen psykisk hälsa och YAM.")
        }
        Not("SPISS står för Suicidprevention I Svensk Sjukvård. Information om lokala handlingsplaner saknas för 9 kommuner.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Verksamheterna har svårt att direkt koppla aktiviteterna till utfall men tror att de på sikt gör nytta genom ökad kunskap") {
        Observationer {
            Stycke("Intervjuade påtalar att det är svårt att koppla aktiviteterna till direkta utfall för medborgarna. Däremot nämner flera att aktiviteterna resulterat i en ökad kunskap och medvetenhet om suicid, som på sikt kan göra nytta. Medarbetare har lärt sig olika verktyg och metoder som gör att de känner sig mer trygga att fråga medborgare om suicid och psykisk hälsa.")
        }
        Citat("Jag tror att utbildningarna har gjort att verksamheterna vågar fråga invånarna om suicid och psykisk hälsa.")
        Citat("Vi har tidigare kunnat se att suicid minskat bland äldre när vi utbildat första hjälpare inom äldreomsorgen.")
        Figur("Antal suicid i Västra Götaland (20+ år) (2010 – 2020)")
        Figur("Antal suicid i Västra Götaland per 100 000 invånare (20+ år) (2010 – 2020)")
        Figur("Antal suicidförsök i Västra Götaland (20+ år) (2010 – 2020)")
        Not(Löptext("\(svårtAttKoppla); Antal suicid avser antalet personer med dödsorsak \"Avsiktligt självdestruktiv handling (självmord)\" (X60-X84). Statistiken omfattar inte \"Skadehändelser med oklar avsikt\" (Y10-Y34); Det är välkänt att det finns vissa utmaningar i inrapporteringen av suicidförsök, bland annat kan skillnader i diagnosättning/registrering skilja sig åt mellan vårdgivare. Enligt företrädare från Patientregistret vid Socialstyrelsen beror eventuellt den kraftiga minskningen mellan 2012 och 2013 på att diagnoskoden använts felaktigt dessförinnan."))
        Källa("Socialstyrelsen, Dödsorsaksregistret (2021); Socialstyrelsen, Statistikdatabasen för yttre orsaker till skador och förgiftningar (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}
