import AnalysisModel
import PlanModel

// Seed 004, chapter 4. The quote boxes that hold several voices are one `Citat` each.

let fördjupadAnalysKapitel4: Rapportkapitel = Rapportkapitel(4, "Organisation, ledning och styrning",
    ingress: "Flera aktörer har varit involverade i arbetet med handlingsplan psykisk hälsa. I detta avsnitt beskrivs hur organisering, styrning och ledning sett ut under arbetet med handlingsplanen samt involverade aktörers syn på dessa.") {
    Avsnitt("Kapitlet följer framtagandet, genomförandet och uppföljningen av handlingsplanen") {
        Punktlista {
            "I detta kapitel kommer organisation, ledning och styrning beskrivas under tre delar av arbetet med handlingsplanen: framtagande, genomförande och uppföljning av handlingsplanen."
            "För varje del presenteras först bakgrundsinformation följt av observationer från intervjuer."
        }
    }
    Avsnitt("Handlingsplanen togs fram mellan år 2016 och år 2017") {
        Avsnitt("Framtagandet av handlingsplanen") {
            Stycke("Arbetet med Handlingsplan för psykisk hälsa i Västra Götaland påbörjades år 2016, efter att regeringen och SKR ingick en överenskommelse om det nationella arbetet för psykisk hälsa (\"Stöd till riktade insatser inom området psykisk hälsa 2016\"). Överenskommelsen innebar bland annat att kommuner och regioner skulle göra analyser och utifrån dessa ta fram handlingsplaner.")
            Stycke("Handlingsplanen för psykisk hälsa togs fram mellan hösten 2016 till hösten 2017. Arbetet leddes av Styrgrupp psykisk hälsa (då benämnd som länsamverkansgrupp). Två processledare från VästKom och regionen samordnade arbetet och stöttade processen. Från nationell nivå fanns förväntningar om att en analys skulle göras utifrån statistik inom området och att denna analys skulle ligga till grund för att identifiera prioriterade utvecklingsområden för handlingsplanen. I Västra Götaland valdes dock en annan väg, där utgångspunkten var att man redan kände till de områden där det \"skavde\". Arbetet inleddes därför med en \"kick-off\" utifrån en rådslagsmodell där cirka 70 personer deltog. Inbjudna var utsedda representanter från vårdssamverkan, kommunalförbunden i Västra Götaland, brukarorganisationer, Västra Götalandsregionen, Samverkan VG (FINSAM) samt Länsstyrelsen. Rådslaget utgick från följande frågeställning för att lägga grunden för den länsgemensamma handlingsplanen: \"Vad måste vi jobba med för att förebygga psykisk ohälsa och för att ge bra vård och behandling?\".")
            Stycke("Efter det första rådslaget samlades ytterligare underlag in under 2017. Bland annat besöktes olika grupperingar inom delregional vårdssamverkan för att få ytterligare inspel kring resultatet från rådslaget. För att säkerställa att särskilda behov hos utsatta grupper speglades i Handlingsplanen genomfördes även ett rådslag med nationella minoriteter.")
            Stycke("Utifrån underlaget sammanställdes prioriterade mål och länsgemensamma aktiviteter. Med hjälp av externt stöd valdes indikatorer ut för att följa respektive mål över tid. Beslut om att anta den framtagna Handlingsplan för psykisk hälsa fattades sedan i flera led och handlingsplanen började gälla år 2018.")
        }
        Avsnitt("Handlingsplanens utformning") {
            Stycke("Handlingsplan psykisk hälsa tar utgångspunkt i att samverkan över organisatoriska gränser med människan i centrum är en förutsättning för att möjliggöra en god psykisk hälsa för medborgarna.")
            Stycke("I handlingsplanen framkommer att delregional vårdssamverkan har ansvar för genomförandet av handlingsplanens mål. Vilka aktiviteter som delregionerna ska genomföra för att nå målen anges inte. Istället ska vårdssamverkansområdena beskriva delregionala och/eller lokala aktiviteter i genomförandeplaner. Syftet med de delregionala genomförandeplanerna är att möjliggöra anpassningar till geografiska och befolkningsmässiga skillnader som finns i länet.")
            Stycke("I handlingsplanen beskrivs däremot länsgemensamma aktiviteter inom 9 av 15 mål. Inom vilket tidsram som aktiviteterna ska genomföras anges dock inte.")
        }
    }
    Avsnitt("Synen på handlingsplanens framtagande och utformning är övervägande positiv") {
        Avsnitt("Framtagande och utformning av handlingsplanen") {
            Stycke("Vårdsamverkansområdena beskriver att de är nöjda med den process som användes när handlingsplanen togs fram. Framför allt har den tidiga involveringen av vårdsamverkansområdena och den breda förankringen varit framgångsfaktorer.")
            Stycke("Generellt finns en positiv bild av handlingsplanens utformning. Flera intervjuade belyser handlingsplanens betydelse för ett långsiktigt arbete där alla arbetar mot ett gemensamt mål. Några intervjuade menar dock att målen skulle kunna utvärderas och i vissa fall omformuleras inför en kommande version:")
            Punktlista {
                "Att målet om suicidprevention ligger under Förebyggande och främjande arbete för vuxna men under Ledning, styrning och organisation för barn och unga skapar förvirring."
                "Mål V.5.1 Invånare ska få tillgång till evidensbaserade metoder inom vård, stöd och behandling upplevs som otydligt och överlappande med annat arbete inom kunskapsstyrning."
                "Det finns hos vissa önskemål om fler mål med fokus på främjande arbete."
            }
            Stycke("För att få en långsiktighet och kontinuitet beskrivs handlingsplanen kunna ha en längre tidshorisont. En majoritet av de intervjuade beskriver att mycket arbete kommit igång men att det är viktigt att ”hålla i och hålla ut”. En större förändring av handlingsplanens inriktning beskrivs vara icke önskvärd i detta läge.")
        }
        Citat("Det är bra att vi har något att hänga upp det långgammala arbetet på. Hade vi inte haft länsövergripande dokument hade det inte blivit något.")
        Citat("Processledarna involverade oss tidigt i början vilket var bra. Alla jobbade tillsammans och det var ett fantastisk arbete. Det är det som fungerat allra bäst!")
        Citat("Handlingsplanen måste var långsiktig. Den bör vara minst femårig eller sexårig.")
        Citat("Mål V5.1 behöver diskuteras i styrgruppen. Vi har en kunskapsstyrningsorganisation och kunskapsrådet som är på regional nivå. De ansvarar för att se till att arbetet med evidensbaserade metoder hålls ihop. Jag kan inte se att detta mål är något som specifikt ska göras i vårdsamverkan.")
    }
    Avsnitt("Flera aktörer ingår i genomförandet av det länsgemensamma arbetet för psykisk hälsa") {
        Avsnitt("Roller och ansvarsfördelning") {
            Stycke("Flera aktörer ingår i det länsgemensamma arbetet med handlingsplanen. Aktörerna har haft olika roller och ansvar:")
            Punktlista {
                Punkt { Fet("Delregional vårdssamverkan:"); " vårdssamverkansområdena är ansvariga för genomförandet av målen som står i handlingsplanen. Vårdssamverkansområdena beslutar själva hur de väljer att genomföra arbetet." }
                Punkt { Fet("Styrgrupp psykisk hälsa:"); " styrgruppen är beredande för VVG och ansvarar för att följa utvecklingen och genomförandet av handlingsplanen. Styrgruppen återrapporterar till SKR och VVG." }
                Punkt { Fet("Vårdssamverkan Västra Götaland (VVG):"); " hanterar länsfrågor samt länsövergripande samverkansfrågor och tar beslut kopplat till handlingsplan psykisk hälsa." }
                Punkt { Fet("Politiska samrådet (SRO):"); " politiska samrådet är en samrådsgrupp som avhandlar och rekommenderar huvudmännen i frågor som rör samtliga kommuner och regionen. Gruppen har inget mandat att fatta länsövergripande beslut." }
            }
        }
        Avsnitt("Styrgruppens sammansättning") {
            Stycke("Styrgruppen Psykisk hälsa är stor och består av ca 30 personer:")
            Punktlista {
                "fyra representanter från varje vårdssamverkansområde: Två från region (en från specialistnivå och en från primärvårdsnivå) och två från kommunen (exempelvis från socialtjänst och skola). Göteborgs Stad har på grund av sin storlek fler deltagare."
                "en representant från VästKom."
                "en representant från koncernkontoret VGR."
                "representanter från NSPH i Västra Götaland och VGR, avdelning folkhälsa deltar på möten med ingår inte i styrgruppen."
            }
        }
        Källa("Vårdssamverkan i Västra Götaland (2021)")
    }
    Avsnitt("Vårdsamverkansområdena organisatoriska uppbyggnad skiljer sig åt och påverkar hur de kan arbeta med handlingsplanen (1/2)") {
        Stycke("Vårdsamverkansområdena har olika förutsättningar för att arbeta med handlingsplanen. Exempelvis påverkas genomförandet av storleken på delregionen, hur vårdsamverkansområdet valt att strukturera sig samt vilken strategi som man valt i arbetet. Vårdsamverkansområdenas organisatoriska strukturer varierar och intervjuade menar att vissa strukturer är mer fördelaktiga för arbetet med handlingsplanen. Framför allt beskrivs olika typer av samverkansgrupper eller samordningsgrupper varit betydande. Vårdsamverkansområdena har även tillämpat olika strategier i arbetet med handlingsplanen. Fyrbodals har fokuserat på att arbetet i huvudsak ska utföras lokalt vilket skiljer sig från övriga vårdsamverkansområdenas arbetssätt.")
        Figur("Illustration över de olika organisationsstrukturerna i vårdsamverkansområdena")
        Not("Organisationsstrukturerna har anpassats för att belysa relevanta delar för arbetet med handlingsplan psykisk hälsa. Organisationsstrukturerna är avstämda med vårdsamverkansområdena.")
        Källa("Vårdsamverkan i Västra Götaland (2021); Intervjuer med representanter från vårdsamverkansområdena, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
    Avsnitt("Vårdsamverkansområdena organisatoriska uppbyggnad skiljer sig åt och påverkar hur de kan arbeta med handlingsplanen (2/2)") {
        Figur("Illustration över de olika organisationsstrukturerna i vårdsamverkansområdena")
        Not("Organisationsstrukturerna har anpassats för att belysa relevanta delar för arbetet med handlingsplan psykisk hälsa. Organisationsstrukturerna är avstämda med vårdsamverkansområdena.")
        Källa("Vårdsamverkan i Västra Götaland (2021)")
    }
    Avsnitt("Synen på styrningen och den organisatoriska strukturen i arbetet med handlingsplanen varierar") {
        Avsnitt("Det finns en varierad syn på hur detaljerad den länsövergripande styrningen bör vara") {
            Stycke("I handlingsplanen specificeras det sällan hur vårdsamverkansområdena ska arbeta för att nå målen. Den länsövergripande styrningen har inte heller framhållit att särskilda insatser ska genomföras. Handlingsutrymmet för de enskilda vårdsamverkansområdena har därför varit stort. Vissa av vårdsamverkansområdena menar att flexibiliteten varit positiv medan andra upplever att handlingsplanen kunde varit mer styrande. Man menar att det lokala arbetet i vissa fall resulterat i dubbelarbete där flera delregioner arbetat med samma frågeställningar. Ett vårdsamverkansområde framhåller också en oro över att delregionernas olika tillvägagångssätt kan resultera i en ojämlig vård.")
            Citat("Man hade kunnat styra mer med hela handen och i vissa fall ha lokala anpassningar. Varje delregion arbetar med samma frågeställningar. Det blir ineffektivt när alla exempelvis ska fundera över SIP.")
            Citat("Styrningen från VästKom och VGR har varit ödmjuk och det har varit bra. Vi har fått göra det vi vill.")
        }
        Avsnitt("Den organisatoriska strukturen för handlingsplanen beskrivs vara svår att förstå") {
            Stycke("Flera aktörer är involverade i arbetet med handlingsplanen. Som en konsekvens upplever intervjuade att den organisatoriska strukturen är otydlig och svår att förstå. Exempelvis hur de olika aktörerna som är en del av strukturen förhåller sig till varandra samt vilket ansvar de bär. Det är inte heller tydligt hur beslut tas för det länsövergripande arbetet och vissa intervjuade menar att det saknas rutiner och processer.")
            Citat("Det tog lång tid för mig att förstå strukturen i arbetet med handlingsplanen. Det är otydligt vem som tar beslut om vad.")
        }
        Avsnitt("Vissa menar att kommunalförbunden bör vara en del av den organisatoriska strukturen") {
            Stycke("Kommunalförbunden har haft en begränsad roll i arbetet med handlingsplan psykisk hälsa. Flera av de intervjuade från kommunalförbunden betonar att det kan finnas ett syfte med att öka involveringen för att få mer lokal förankring i det delregionala arbetet. I en intervju föreslås att arbetet med handlingsplan psykisk hälsa inkluderar kommunalförbunden på samma sätt som i arbetet med handlingsplanen för suicidprevention.")
            Citat("Jag hade gärna sett att vi kommunalförbund fått uppdraget att vara processtöd. Jag tror att arbetet med implementeringen av handlingsplanen hade stärkts om det var så.")
        }
    }
    Avsnitt("Styrgruppen ses som värdefull av dess medlemmar, men utomstående ser utvecklingsområden") {
        Avsnitt("Styrgruppen beskrivs vara värdefull och bidra med en konstruktiv dialog i samverkan") {
            Stycke("Styrgruppens sammansättning med representanter från regional och kommunal verksamhet beskrivs vara positiv eftersom den inkluderar flera perspektiv. De som själva är med i styrgruppen beskriver att gruppen är välfungerande. Trots att styrgruppen är stor beskrivs dialogerna vara konstruktiva och värdefulla. Styrgruppen ses som en arena som möjliggör för ett kontinuerligt arbete med samverkan. Det beskrivs även finnas ett brett och detaljrikt underlagsarbetet inför styrgruppsmötena.")
        }
        Avsnitt("Styrgruppens roll och mandat beskrivs vara otydligt") {
            Stycke("Flera intervjuade, i första hand de som inte ingår i styrgruppen, upplever att styrgruppens roll och mandat är otydligt. Styrgruppen tillsattes initialt för att ansvara för framtagandet av handlingsplanen och sedan färdigställandet upplever vissa att det saknas ett tydligt uppdrag för gruppen. Vissa beskriver även att gruppen är mer av en arbetsgrupp eller en grupp där information sprids och dialog förs snarare än en styrgrupp med tydliga processer för beredning och beslut. Det råder också viss förvirring kring styrgruppens roll i förhållande till andra beslutande organ, exempelvis Vårdsamverkan Västra Götaland (VVG) som sedan tidigare ansvarar för att hantera länsfrågor eller länsövergripande samverkansfrågor.")
        }
        Avsnitt("Det upplevs saknas förankring mellan styrgruppen och vårdsamverkansområdena") {
            Stycke("Vissa av de intervjuade saknar förankring mellan de delregionala processledarna, som leder arbetet med handlingsplanen i vårdsamverkansområdena, och delregionens representanter i styrgruppen. Intervjuade beskriver att det kan bli problematiskt när de som sitter i styrgruppen får framföra vårdsamverkansområdets synpunkter utan att de förankrats med processledarna. Vidare framkommer att kommunikationen från styrgruppen har varit bristande och att informationen inte alltid nått fram till de som berörts. Många efterfrågar en bättre process och ett formellt forum för att inkludera vårdsamverkansområdena i arbetet.")
        }
        Avsnitt("Det finns en förhoppning om att den översyn som genomförs av samverkansstrukturerna ska skapa klarhet") {
            Stycke("Den översyn av samverkansstrukturer som genomförs i Västra Götaland kommer att påverka hur arbetet med handlingsplanen för psykisk hälsa är organiserat och så även styrgruppens roll, mandat och processer. Detta välkomnas av flera intervjuade då man hoppas att det kan leda till ett tydligare struktur för ledning och styrning.")
        }
        Citat("Att ha en styrgrupp är enligt mig det bästa sättet att utveckla vården. Innan styrgruppen fick vi inte ihop samarbetet och gjorde inte gemensamma saker.")
        Citat("De personer som finns med i styrgruppen från vårt område har vi inte haft förankring med i vår delregionala arena. Styrgruppen har levt sitt eget liv.")
        Citat("Jag skulle gärna se att styrgruppen får bestå i den nya planen. Styrgruppen stärktes upp i fjol med personer från socialtjänsten och elevhälsa också. Man kan dela mycket med varandra i styrgruppen.")
        Citat("Det är rörigt att det finns en styrgrupp psykisk hälsa. Vi har ju VVG i andra forum, varför ska man ha en styrgrupp för just detta? Vad har de för mandat? Det är lite skumt. Jag hade velat ha en arbetsgrupp psykisk hälsa som man har som bollplank.")
        Not("Delregionala processledare kan även ha andra benämningar, som utvecklingsledare eller koordinator.")
        Källa(Löptext(FördjupadAnalysText.intervjuer))
    }
    Avsnitt("Majoriteten av aktiviteterna genomförs inom ramen för hälso- och sjukvård och socialtjänst, men intervjuade menar att arbetet kan breddas") {
        Stycke("En följd av att det länsgemensamma arbetet utförs av vårdsamverkan är att flera av aktiviteterna som genomförs är kopplade till hälso- och sjukvården eller socialtjänsten. Som en följd är aktiviteterna ofta inriktade på att möjliggöra arbete för individer som redan upplever en problematik. Vissa intervjuade framhåller att det därför finns en risk att det mer främjande och befolkningsinriktade arbetet går förlorat. Man menar att ytterligare aktörer skulle kunna inkluderas i arbetet för att möjliggöra ett sådant typ av arbete.")
        Citat("Det skulle behöva tas ett större helhetsgrepp om arbetet med psykisk hälsa. Exempelvis skulle man kunna se till fysisk planering av samhället för att främja en god psykisk hälsa.")
    }
    Avsnitt("Handlingsplanen följs upp genom en gemensam årlig indikatoruppföljning") {
        Avsnitt("Om indikatoruppföljningen") {
            Stycke("Årligen genomförs en länsgemensam indikatoruppföljning för att följa upp handlingsplanen. Indikatorerna ska göra det möjligt att jämföra processer och resultat, och därigenom stimulera och initiera förbättringsarbete.")
            Stycke("Indikatorerna kommer huvudsakligen från publika och nationella register, såsom Socialstyrelsens databaser och Kolada. Ett mindre antal indikatorer fås genom en årlig enkät som skickas ut till vårdsamverkansområdena.")
            Stycke("De flesta av indikatorerna är resultatindikatorer och enbart ett fåtal är processindikatorer.")
        }
        Avsnitt("Vårdsamverkansområdenas egna uppföljning") {
            Stycke("Inget vårdsamverkansområde genomför en kontinuerlig och systematisk uppföljning av den länsgemensamma handlingsplanen. Däremot uppger vissa att de utvärderar insatser som de gör kopplat till handlingsplanen.")
            Citat("Ur ett vårdsamverkanperspektiv har så har vi inte följt upp handlingsplanen.")
            Citat("Varje år går vi igenom vad vi har gjort och hur det gått. Vi utvärderar inte handlingsplanen utan de aktiviteter vi gjort kopplat till handlingsplanen.")
        }
    }
    Avsnitt("Uppföljningen av handlingsplanen ses som värdefull för arbetet, men kan utvecklas för att bli än mer värdefull") {
        Avsnitt("Uppföljning av handlingsplanen") {
            Stycke("Indikatoruppföljningen anses vara en viktig del i arbetet med handlingsplanen då den ger en möjlighet att följa utvecklingen av psykisk hälsa på ett övergripande plan. Däremot upplevs det vara svårt att följa effekterna av de aktiviteter som genomförts då indikatorerna ofta fokuserar på utfall som kan ligga flera led ifrån det arbete man genomfört.")
            Stycke("Intervjuade framhåller indikatoruppföljningen skulle kunna stärkas genom att se över indikatorerna och exempelvis inkludera fler processindikatorer. Utöver det framkommer att användbarheten av uppföljningen kan stärkas genom framtagande av särskilda utvärderingar för varje vårdsamverkansområde.")
            Stycke("Flera intervjuade menar också att spridningen av indikatoruppföljningen kan stärkas. Detta då den inte upplevs nå ut till berörda verksamheter och därför inte nyttjas fullt ut.")
            Stycke("Utöver indikatoruppföljningen belyser ett vårdsamverkansområde att det hade varit värdefullt med en tydligare uppföljning av hur medlen används.")
        }
        Citat("Det är väldigt viktigt att vi har uppföljningarna.")
        Citat("Det hade varit värdefullt med uppföljningar där man kollar på vårt vårdsamverkansområde särskilt.")
        Citat("Pengarna blir riktade på ett sätt men ändå finns det inget krav för vad man ska göra med dem. Borde vara mer krav på hur man ska använda dem och tydligare uppföljning på vad man faktiskt gör.")
        Citat("Vi borde inte bara mäta antalet SIPar, utan också kvaliteten på de SIPar vi gör. Det spelar ingen roll att vi gör många om de inte är bra.")
    }
}
