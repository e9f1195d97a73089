import AnalysisModel
import PlanModel

/// What recurs on many pages of seed 004, written once. A namespace, so the names cannot
/// clash with those of the other files of the example.
enum FördjupadAnalysText {
    /// The ways forward for the activities, the same in the summary and in chapter 6.
    @Samla<Nivå> static var vägarFramåtFörAktiviteter: [Nivå] {
        Nivå(.västKomVGR) {
            Punktlista {
                "Se över vilket processtöd som är prioriterat på länsnivå, då detta påverkar vilka mål som får mer fokus. Säkerställ ett aktivt processtöd som kan stötta i genomförande av aktiviteter inom de områden som ses som särskilt prioriterade."
                "Stötta vårdsamverkansområdenas arbete genom att lyfta goda exempel och förslag på aktiviteter inom de olika målen."
                "Uppmuntra och ge stöd till genomförande av aktiviteter inom mål där ett begränsat arbete genomförts, exempelvis mål V2.1, V4.1 och B4.1, V5.1 och B1.2."
            }
        }
        Nivå(.vårdsamverkansområden) {
            Punktlista {
                "Se över vilka mål som vårdsamverkansområdet har ett utbrett respektive begränsat arbete inom och omprioritera val av aktiviteter vid behov."
                "Möjliggör en process som säkerställer att valet av aktiviteter utgår från prioriterade behov och som gör att aktiviteter som enbart är lättillgängliga undviks."
                "Vid val och prioritering av aktivitet, tydliggör syfte, mål och förväntat resultat. Förankring av dessa bör även ske med berörda parter."
                "Se över möjligheten att anställa särskilda personella resurser för prioriterade mål."
                "Se över användningen av kunskapshöjande aktiviteter och skapa förutsättningar för att kunskapen når operativ nivå."
                "Dela erfarenheter och goda exempel med andra vårdsamverkansområden genom vårdsamverkansstrukturen."
            }
        }
        Nivå(.statenSKR) {
            Punktlista {
                "Sprid goda exempel på aktiviteter mellan olika län."
            }
        }
    }

    /// The sources of the pages built on the budgets and the interviews.
    static let budgetOchIntervjuer: Löptext = "SKR (2021); Budgetunderlag; Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

    /// The sources of the pages built on the interviews alone.
    static let intervjuer = "Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

    /// The same, as the pages on SIP and on user involvement spell it.
    static let intervjuerVårdssamverkan = "Intervjuer med representanter från vårdssamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

    /// The line that closes the list of the area that works mainly locally.
    static let fyrbodalsLokalaArbete = "Fyrbodals arbete har i huvudsak bestått av lokala aktiviteter."

    /// The note on how complaints to IVO were counted.
    /// The id of the section the results notes refer to (page 41 of the seed).
    static let resultatFörInvånaren = "resultat-for-invanaren"

    static let ivoNot = "Anmälningsprocessen avseende bemötande inom hälso- och sjukvården förändrades vid årsskiftet 2017/2018 till att gälla enligt nya bestämmelser i PSL. Ändringarna innebär ett förtydligande i vårdgivarens ansvar att ta emot och bemöta klagomål. Som följd av detta har klagomål till IVO minskat under 2018. Det har medfört bristande jämförbarhet mellan 2017 och 2018 gällande klagomål till IVO inom hälso- och sjukvård."

    /// NSPH's work for stronger user involvement, as the section on V3.2 describes it.
    static let nsphAktiviteter = Avsnitt("Aktiviteter för stärkt brukarmedverkan") {
        Punktlista {
            "NSPH i Västra Götaland har genomfört aktiviteter för att utveckla och stärka brukarsamverkan regionalt, delregionalt och lokalt."
            "En Handbok i Brukarinflytande har tagits fram av organisationen. Handboken är ett metodstöd och innehåller bland annat ett kapitel om konkreta aktiviteter för att öka brukarinflytandet."
            "NSPH arbetar också med att sprida handboken genom olika utbildningsinsatser, exempelvis genom framtagandet av en webbutbildning."
        }
    }

    /// NSPH's user audits, as the section on V3.2 describes them.
    static let nsphBrukarrevisioner = Avsnitt("Genomförande av brukarrevisioner") {
        Punktlista {
            "NSPH har genomfört brukarrevisioner om SIP. Brukarrevisionerna syftar till att följa upp både kvantitet och kvalitet av SIP."
            "NSPH arbetar med att samordna och genomföra arbetet. I arbetet samverkar de med vårdsamverkansområdena, länsgemensam SIP-koordinator, länsgemensamma processledare samt brukar- och patientföreningar."
        }
    }
}

/// The source line of most pages on the work in the vårdsamverkansområden.
let enkäterOchIntervjuer: Löptext = Löptext("Länsgemensamma enkäter (2018-2021); " + FördjupadAnalysText.intervjuer)

/// The note that opens the notes of every results page, ending in `rest`. The seed refers
/// to its page 41 ("läs mer på s.41"); the reference points to that section instead, so
/// it names the right page in every pagination.
func svårtAttKoppla(_ rest: String, aktiviteterna: String = "aktiviteterna") -> Löptext {
    Löptext {
        "Notera att det finns svårigheter att identifiera hur \(aktiviteterna) kan kopplas till specifika resultat, läs mer under "
        Hänvisning("s. ", till: FördjupadAnalysText.resultatFörInvånaren)
        rest
    }
}
