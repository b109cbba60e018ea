"""Shared wiki pages. ``org`` None means the page belongs to everyone.

Links use ``[[Page title]]`` and may point at other wiki pages or at boundary pages, whose
titles are built with ``BOUNDARY_TITLE_FORMAT`` from the organization's ``name``.
``review_due_days`` is an offset from today; negative means overdue.
"""

BOUNDARY_TITLE_FORMAT = "{name} – gränser och uppdrag"

WIKI_PAGES = [
    {
        "title": "Rehabiliteringskedjan",
        "parent_title": None,
        "org": None,
        "topic": "sjukförsäkring",
        "body": (
            "Sedan 2008 prövas arbetsförmågan vid sjukskrivning vid fasta tidpunkter. Det "
            "kallas **rehabiliteringskedjan**. Den här sidan är en gemensam sammanfattning för "
            "oss som samverkar – den ersätter inte lagtext eller myndigheternas egna "
            "vägledningar.\n\n"
            "## Tidpunkterna\n\n"
            "| Tid i sjukfallet | Arbetsförmågan prövas mot | Vad det betyder i praktiken |\n"
            "|---|---|---|\n"
            "| Dag 1–90 | Det vanliga arbetet | Kan personen göra sitt eget jobb, helt "
            "eller delvis? |\n"
            "| Dag 91–180 | Även annat arbete hos arbetsgivaren | Finns andra uppgifter på "
            "arbetsplatsen som fungerar? |\n"
            "| Dag 181–365 | Även arbete som är normalt förekommande på arbetsmarknaden | "
            "Klarar personen något arbete som finns på arbetsmarknaden, oavsett om det finns en "
            "ledig plats? Undantag kan göras. |\n"
            "| Efter dag 365 | Normalt förekommande arbete | Undantag bara om det vore "
            "oskäligt. Ersättningen blir också lägre. |\n\n"
            "Kedjan gäller fullt ut bara för den som har en anställning. **För den som saknar "
            "arbetsgivare prövas arbetsförmågan mot normalt förekommande arbete redan från "
            "början.** Det är en av de vanligaste missuppfattningarna i våra trådar.\n\n"
            "## Undantagen vid dag 180\n\n"
            "Försäkringskassan kan låta bli att pröva mot hela arbetsmarknaden om det finns "
            "särskilda skäl, om det vore oskäligt, eller om det är sannolikt att personen kan "
            "gå tillbaka till sin arbetsgivare. Det som oftast avgör är ett konkret medicinskt "
            "underlag: vad personen klarar i dag, vilken behandling som pågår och när en "
            "förbättring väntas. Se [[Dag 180 – checklista inför bedömningen]].\n\n"
            "## Vem gör vad\n\n"
            "- **Arbetsgivaren** betalar sjuklön de första två veckorna och ska ta fram en plan "
            "för återgång i arbete när sjukskrivningen väntas bli lång.\n"
            "- **Vården** utreder, behandlar och skriver läkarintyget. Rehabkoordinatorn hjälper "
            "patienten och är kontaktväg mot de andra. Se "
            "[[Region Älvland – gränser och uppdrag]].\n"
            "- **Försäkringskassan** bedömer arbetsförmågan, beslutar om sjukpenning och "
            "samordnar rehabiliteringen, bland annat genom avstämningsmöten. Se "
            "[[Försäkringskassan – gränser och uppdrag]].\n"
            "- **Arbetsförmedlingen** tar vid när personen saknar anställning eller behöver "
            "byta arbete, med arbetslivsinriktad rehabilitering. Se "
            "[[Arbetsförmedlingen – gränser och uppdrag]].\n"
            "- **Socialtjänsten** kommer in när inkomsten inte räcker eller när det finns behov "
            "av social rehabilitering. Se "
            "[[Socialtjänsten i Norrköp kommun – gränser och uppdrag]].\n\n"
            "## Det som brukar skava\n\n"
            "- Fasta tidpunkter passar dåligt med behandlingar som tar tid, till exempel vid "
            "depression. Planera därför tidigt, inte vid dag 170.\n"
            "- *Normalt förekommande arbete* är ett försäkringsbegrepp, inte ett jobb man kan "
            "söka. Beslutet säger inget om att personen är frisk. Se "
            "[[Ordlista – hur vi använder den]].\n"
            "- Den som får avslag kan hamna mellan Försäkringskassan, Arbetsförmedlingen och "
            "socialtjänsten. Gemensam planering före beslutet minskar risken, se "
            "[[Gemensam planering – så går det till]]."
        ),
        "review_due_days": 88,
    },
    {
        "title": "Dag 180 – checklista inför bedömningen",
        "parent_title": "Rehabiliteringskedjan",
        "org": None,
        "topic": "sjukförsäkring",
        "body": (
            "En kort checklista för dig som möter en person som närmar sig dag 180. Skriven "
            "efter tråden om dag 180 i utrymmet Rehabiliteringskedjan och granskad av "
            "Försäkringskassan.\n\n"
            "## Runt dag 120–150\n\n"
            "- [ ] **Vården:** beskriver läkarintyget observationer, aktivitetsbegränsningar "
            "och förväntad förbättring *med tidsram*?\n"
            "- [ ] **Vården:** behövs en aktivitetsbedömning av arbetsterapeut eller "
            "fysioterapeut som komplement?\n"
            "- [ ] **Alla:** har någon föreslagit ett avstämningsmöte? Vården och andra kan "
            "föreslå, Försäkringskassan kallar.\n"
            "- [ ] **Arbetsgivaren:** finns en plan för återgång och har andra arbetsuppgifter "
            "prövats?\n\n"
            "## Före beslutet\n\n"
            "- [ ] Vet personen vad en prövning mot normalt förekommande arbete innebär – och "
            "vad den *inte* innebär?\n"
            "- [ ] Om personen saknar arbete eller kan komma att förlora det: har hen erbjudits "
            "en gemensam kartläggning med Försäkringskassan och Arbetsförmedlingen?\n"
            "- [ ] Finns samtycke om flera parter behöver prata om personen? Se "
            "[[Sekretess mellan myndigheter]].\n\n"
            "## Om beslutet blir avslag\n\n"
            "- [ ] Personen vet att hen kan begära omprövning och hur det går till.\n"
            "- [ ] Inskrivning på Arbetsförmedlingen är bokad, helst med ett första möte där "
            "Försäkringskassan deltar.\n"
            "- [ ] Om inkomsten inte räcker: personen vet att socialtjänsten gör en egen "
            "prövning, se [[Socialtjänsten i Norrköp kommun – gränser och uppdrag]]."
        ),
        "review_due_days": 60,
    },
    {
        "title": "FINSAM och samordningsförbundet",
        "parent_title": None,
        "org": "samordningsforbundet-alvdalen",
        "topic": "samverkan",
        "body": (
            "Lagen om finansiell samordning av rehabiliteringsinsatser (2003:1210), i dagligt "
            "tal **FINSAM**, gör det möjligt för Försäkringskassan, Arbetsförmedlingen, en "
            "region och en eller flera kommuner att bilda ett samordningsförbund med gemensam "
            "budget. Samordningsförbundet Älvdalen bildades av Region Älvland, Norrköp kommun, "
            "Sjöby kommun och de två statliga myndigheterna.\n\n"
            "## Varför förbundet finns\n\n"
            "Insatserna ska gälla personer som behöver samordnade rehabiliteringsinsatser, och "
            "målet är att de ska uppnå eller förbättra sin förmåga att försörja sig genom "
            "arbete. Det handlar om samma människor som annars möter fyra organisationer var "
            "för sig.\n\n"
            "## Pengarna\n\n"
            "| Part | Andel av budgeten |\n"
            "|---|---|\n"
            "| Staten, via Försäkringskassan (täcker också Arbetsförmedlingens del) | Hälften |\n"
            "| Region Älvland | En fjärdedel |\n"
            "| Norrköp och Sjöby tillsammans | En fjärdedel |\n\n"
            "Kommunerna räknas som *en* part. Andelarna står i lagen, men storleken på "
            "budgeten förhandlas varje år. Om en part vill ligga lägre drar det ner de "
            "andras bidrag också – budgeten blir lika stor som den minsta gemensamma "
            "nämnaren tillåter.\n\n"
            "## Organisationen\n\n"
            "- **Styrelsen** beslutar om mål, budget och vilka insatser som finansieras. "
            "Ledamöterna utses av medlemmarna: förtroendevalda från region och kommuner, "
            "anställda från Försäkringskassan och Arbetsförmedlingen.\n"
            "- **Beredningsgruppen** består av chefer från alla parter. Den träffas varje "
            "månad, tar fram förslag till styrelsen och ser till att besluten blir verklighet "
            "i den egna organisationen. Beredningsgruppen står inte i lagen – den är vårt "
            "sätt att arbeta.\n"
            "- **Förbundschefen/samordnaren** håller ihop arbetet, översätter parternas behov "
            "till insatser och följer upp resultaten.\n\n"
            "## Dubbla lojaliteter\n\n"
            "Den som sitter i styrelsen eller beredningsgruppen företräder både sin egen "
            "organisation och förbundet. Det är normalt att det skaver. Ett sätt att göra det "
            "hanterbart är att varje part öppet redovisar:\n\n"
            "1. Vad **måste** vi göra?\n"
            "2. Vad **får vi inte** göra?\n"
            "3. Vad **kan** vi göra – var finns handlingsutrymmet?\n"
            "4. Hur mycket av svaren är **uttalade krav**, och hur mycket är vår egen "
            "**tolkning**?\n\n"
            "Det är precis den strukturen gränssidorna följer: "
            "[[Samordningsförbundet Älvdalen – gränser och uppdrag]], "
            "[[Försäkringskassan – gränser och uppdrag]], "
            "[[Arbetsförmedlingen – gränser och uppdrag]], "
            "[[Region Älvland – gränser och uppdrag]], "
            "[[Socialtjänsten i Norrköp kommun – gränser och uppdrag]] och "
            "[[Socialtjänsten i Sjöby kommun – gränser och uppdrag]].\n\n"
            "## Kända fallgropar\n\n"
            "- **Projekt som läggs ner.** En insats kan få goda utvärderingar och ändå upphöra "
            "när förbundets pengar tar slut, om ingen medlem tar över. Planera för "
            "överlämning från start.\n"
            "- **Ettårsperspektivet.** Budget och årsredovisning gäller ett år i taget, "
            "rehabilitering tar ofta längre tid.\n"
            "- **Kvantitativa mål.** Mål som bara räknar hur många som fått arbete lockar till "
            "att välja dem som ändå hade klarat sig. Förbundets uppgift är de svåraste "
            "situationerna.\n"
            "- **Tystnad.** Samverkan dör sällan av ett beslut. Den tunnas ut: färre möten, "
            "långsammare svar. Förbundet följer därför svarstider och deltagande i forumet."
        ),
        "review_due_days": 150,
    },
    {
        "title": "Gemensam planering – så går det till",
        "parent_title": None,
        "org": None,
        "topic": "samverkan",
        "body": (
            "Gemensam planering används när en person behöver insatser från minst två av "
            "parterna och vill att vi planerar tillsammans i stället för var för sig. Rutinen "
            "nedan är beslutad i beredningsgruppen och gäller de månatliga planeringsmötena.\n\n"
            "## Före mötet\n\n"
            "1. **Den som anmäler ärendet** inhämtar skriftligt samtycke från personen – för "
            "just den här planeringen, med de parter som ska delta. Se "
            "[[Samtycke – så använder vi blanketten]].\n"
            "2. Anmälan görs senast en vecka före mötet, så att varje part hinner utse *rätt* "
            "kollega. Arbetsförmedlingen har inte alltid personliga handläggare och behöver "
            "veta i förväg.\n"
            "3. Agendan skickas ut fem arbetsdagar före mötet.\n\n"
            "## Under mötet\n\n"
            "- Personen deltar, och får ta med en närstående eller ett ombud.\n"
            "- Varje part säger kort vad den **kan** bidra med och vad den **inte kan** – också "
            "när svaret är obekvämt.\n"
            "- Planen skrivs ner med *vad*, *vem* och *när*.\n"
            "- **Nästa datum bokas innan någon lämnar rummet.**\n\n"
            "## Efter mötet\n\n"
            "- Varje part dokumenterar i sitt eget system. Ingenting om personen skrivs i "
            "forumet.\n"
            "- Den som anmälde ärendet följer upp att planen hålls.\n\n"
            "## Var och när\n\n"
            "Mötena roterar mellan parternas lokaler. Det är ett medvetet val: den som är värd "
            "känner mer ägarskap. Sammankallande är förbundets samordnare.\n\n"
            "Läs också [[Sekretess mellan myndigheter]] och [[Rehabiliteringskedjan]]."
        ),
        "review_due_days": 120,
    },
    {
        "title": "Sekretess mellan myndigheter",
        "parent_title": None,
        "org": None,
        "topic": "sekretess",
        "body": (
            "Huvudregeln är enkel att glömma i vardagen: **sekretess gäller också mellan "
            "myndigheter**, och inom en myndighet mellan olika verksamhetsgrenar. Att vi "
            "samverkar betyder inte att vi får prata fritt om en person.\n\n"
            "## Varje part har sina egna regler\n\n"
            "| Part | Sekretess för uppgifter om enskilda |\n"
            "|---|---|\n"
            "| Försäkringskassan | Socialförsäkringssekretess, OSL 28 kap. |\n"
            "| Hälso- och sjukvården | Hälso- och sjukvårdssekretess, OSL 25 kap. |\n"
            "| Socialtjänsten | Socialtjänstsekretess, OSL 26 kap. |\n"
            "| Arbetsförmedlingen | Egna sekretessbestämmelser i OSL |\n\n"
            "Samma uppgift kan alltså vara skyddad på olika sätt beroende på var den finns.\n\n"
            "## Samtycke\n\n"
            "Sekretess till skydd för en enskild kan helt eller delvis efterges av personen "
            "själv (OSL 12 kap. 2 §). Samtycket ska vara:\n\n"
            "- **frivilligt** – personen ska kunna säga nej utan att förlora något,\n"
            "- **informerat** – personen vet vilka uppgifter som ska lämnas och till vem,\n"
            "- **avgränsat** – till vissa parter, ett visst syfte och en viss tid,\n"
            "- **dokumenterat** – helst skriftligt, och\n"
            "- **återkalleligt** – det kan tas tillbaka när som helst.\n\n"
            "## Vad som inte får korsa gränsen här i forumet\n\n"
            "Forumet är ingen kanal för ärenden, inte ens med samtycke. Skriv aldrig:\n\n"
            "- namn, personnummer, samordningsnummer, telefonnummer eller adresser,\n"
            "- ovanliga kombinationer av detaljer som gör en person igenkännbar (yrke + ort + "
            "diagnos + ålder),\n"
            "- uppgifter om hälsa eller ekonomi som kan kopplas till en person.\n\n"
            "Forumet varnar när en text ser ut att innehålla ett personnummer, ett "
            "telefonnummer eller en adress. Diskutera **mönster och regler**, inte människor.\n\n"
            "## Vad som går bra\n\n"
            "- Allmänna frågor om regler och rutiner.\n"
            "- Avidentifierade exempel där ingen kan känna igen personen.\n"
            "- Att fråga en annan part *hur* man gör för att ses tillsammans med personen.\n\n"
            "Se också [[Samtycke – så använder vi blanketten]] och "
            "[[Gemensam planering – så går det till]]."
        ),
        "review_due_days": 30,
    },
    {
        "title": "Samtycke – så använder vi blanketten",
        "parent_title": "Sekretess mellan myndigheter",
        "org": None,
        "topic": "sekretess",
        "body": (
            "Förbundets gemensamma samtyckesblankett används inför gemensam planering och "
            "anmälan till samverkansteamet.\n\n"
            "1. Gå igenom blanketten **muntligt** med personen. Förklara vilka parter som "
            "berörs och varför.\n"
            "2. Kryssa bara i de parter som faktiskt behövs. Ett samtycke till \"alla "
            "myndigheter\" är inte avgränsat.\n"
            "3. Skriv syftet med egna ord, till exempel *gemensam planering inför att "
            "sjukpenningen upphör*.\n"
            "4. Sätt ett slutdatum. Vår rekommendation är högst sex månader.\n"
            "5. Berätta att samtycket kan återkallas, och hur.\n"
            "6. Originalet stannar hos den som inhämtat det; övriga parter får en kopia via "
            "ordinarie kanaler – **aldrig via forumet**.\n\n"
            "Om personen inte vill samtycka kan vi ändå mötas på en allmän nivå, eller låta "
            "personen själv berätta det hen vill vid ett gemensamt möte."
        ),
        "review_due_days": 45,
    },
    {
        "title": "Unga med aktivitetsersättning",
        "parent_title": None,
        "org": None,
        "topic": "unga",
        "body": (
            "Aktivitetsersättning kan betalas ut till unga vuxna från och med juli det år de "
            "fyller 19 till och med månaden innan de fyller 30. Den kan beviljas när "
            "arbetsförmågan är nedsatt under minst ett år på grund av sjukdom eller "
            "funktionsnedsättning, eller när skolgången förlängs av samma skäl. Många har "
            "neuropsykiatriska diagnoser, psykisk ohälsa eller intellektuell "
            "funktionsnedsättning.\n\n"
            "Ersättningen är tänkt att ge ekonomisk trygghet *och* möjlighet till aktiviteter "
            "som kan stärka förmågan. I praktiken händer det ofta för lite.\n\n"
            "## Vem gör vad\n\n"
            "- **Försäkringskassan** beslutar om ersättningen och har ansvar för att den unga "
            "får möjlighet att delta i aktiviteter – men utför nästan inga själv.\n"
            "- **Arbetsförmedlingen** kan erbjuda kartläggning, arbetsträning och stöd av "
            "SIUS-konsulent när den unga är redo för arbetsplatsnära steg.\n"
            "- **Kommunen** kan erbjuda sysselsättning, boendestöd och social rehabilitering.\n"
            "- **Psykiatrin och habiliteringen** känner ofta den unga bäst, men kontakten "
            "avslutas ibland när utredning och behandling är klar.\n\n"
            "## Det vi har lärt oss\n\n"
            "- Första mötet fungerar bättre på neutral mark – hemma, på biblioteket – än på "
            "ett myndighetskontor.\n"
            "- Arbetsplatsen fungerar ofta, men sällan som första steg.\n"
            "- Någon måste äga helheten. Annars väntar alla på varandra.\n\n"
            "## Förbundets insats Steget\n\n"
            "Förbundet har under två år finansierat *Steget*, ett arbetslag med personal från "
            "Försäkringskassan, Arbetsförmedlingen och Norrköp kommun som arbetar stegvis med "
            "unga som har aktivitetsersättning. Utvärderingen är positiv. Finansieringen löper "
            "ut vid årsskiftet och frågan om vem som tar över ligger hos beredningsgruppen.\n\n"
            "Se även [[Rehabiliteringskedjan]] och [[Ordlista – hur vi använder den]]."
        ),
        "review_due_days": -4,
    },
    {
        "title": "Ordlista – hur vi använder den",
        "parent_title": None,
        "org": None,
        "topic": "ordlista",
        "body": (
            "Vi använder samma ord men menar olika saker. *Arbetsförmåga* betyder en sak i "
            "Försäkringskassans bedömning, en annan i arbetsterapeutens, en tredje hos "
            "Arbetsförmedlingen och en fjärde när socialtjänsten prövar om någon ska stå till "
            "arbetsmarknadens förfogande. Ingen av dem har fel – de svarar på olika frågor.\n\n"
            "Därför visar ordlistan **varje organisations definition sida vid sida** i stället "
            "för att tvinga fram en gemensam.\n\n"
            "## Så använder du den\n\n"
            "- Slå upp ett ord innan du svarar i en tråd där det kan missförstås.\n"
            "- Skriv ut *vems* betydelse du menar: \"arbetsförmåga i sjukförsäkringens mening\" "
            "är tydligare än bara \"arbetsförmåga\".\n"
            "- Saknas din organisations definition? Be din organisationsredaktör lägga till "
            "den, med källa om det finns en.\n\n"
            "## Ord som ofta skapar missförstånd\n\n"
            "- **arbetsförmåga** – bedömning mot en viss typ av arbete, eller en beskrivning av "
            "vad personen klarar?\n"
            "- **normalt förekommande arbete** – ett försäkringsbegrepp, inte en ledig tjänst.\n"
            "- **stå till arbetsmarknadens förfogande** – betyder inte exakt samma sak för "
            "a-kassan som för försörjningsstödet.\n"
            "- **koordinator** – vårdens rehabkoordinator, förbundets samordnare och "
            "Försäkringskassans samordningsansvar är tre olika saker.\n"
            "- **rehabilitering** – medicinsk, arbetslivsinriktad eller social? Säg vilken.\n\n"
            "Grupperna som arbetar med PBL har ofta ordlistan som självstudie, se "
            "[[PBL-grupper – så arbetar vi]]."
        ),
        "review_due_days": 200,
    },
    {
        "title": "PBL-grupper – så arbetar vi",
        "parent_title": None,
        "org": "samordningsforbundet-alvdalen",
        "topic": "pbl",
        "body": (
            "Förbundet driver grupper för problembaserat lärande (PBL) där sex till tio "
            "personer från olika organisationer träffas regelbundet med en handledare. Syftet "
            "är att vi ska förstå varandras uppdrag och hitta bättre sätt att samverka i "
            "vardagen.\n\n"
            "## Upplägget\n\n"
            "- **Sju träffar** om två timmar. Den första är en timme längre, för att lära "
            "känna varandra och metoden.\n"
            "- Första träffen utgår från ett **startmaterial**: ett avidentifierat fall, en "
            "tidningsartikel eller en regeländring.\n"
            "- Varje träff avslutas med att gruppen formulerar **frågan till nästa gång**. Den "
            "blir startpunkten för nästa träff.\n"
            "- Ordförande och sekreterare roterar. Sekreteraren skriver minnesanteckningar och "
            "lägger upp dem efter träffen, tillsammans med foton av whiteboarden.\n\n"
            "## Stegen\n\n"
            "1. **Klargör begrepp** – vilka ord förstår vi olika?\n"
            "2. **Definiera problemet** – vad är det egentligen vi ska förstå?\n"
            "3. **Brainstorma** – alla idéer, utan att värdera.\n"
            "4. **Strukturera och analysera** – gruppera, se samband.\n"
            "5. **Formulera lärandemål** – vad behöver vi ta reda på?\n"
            "6. **Självstudier** – mellan träffarna, var och en i sin organisation.\n"
            "7. **Återrapportera** – nästa gång, och pröva det vi lärt mot problemet.\n\n"
            "## Reflektionsdagbok\n\n"
            "Varje deltagare har en egen dagbok i forumet. Den är privat, men du kan välja att "
            "dela ett inlägg med gruppen.\n\n"
            "## Observatörer\n\n"
            "En forskare kan följa gruppen som observatör om alla medlemmar samtycker. "
            "Observatören läser men skriver bara när gruppen bjuder in.\n\n"
            "Se också [[Ordlista – hur vi använder den]]."
        ),
        "review_due_days": 180,
    },
    {
        "title": "Fråga en annan organisation – så fungerar det",
        "parent_title": None,
        "org": "samordningsforbundet-alvdalen",
        "topic": "forumet",
        "body": (
            "När du startar en tråd kan du rikta den som en **fråga till en organisation**. "
            "Då syns det att frågan väntar på svar, hur lång tid det tar innan någon från den "
            "organisationen svarar, och du kan markera det svar som löste frågan.\n\n"
            "## Innan du frågar\n\n"
            "1. Läs organisationens gränssida – svaret finns kanske under *Måste*, *Får inte* "
            "eller *Kan*.\n"
            "2. Kontrollera att frågan går att ställa utan uppgifter om en person. Se "
            "[[Sekretess mellan myndigheter]].\n"
            "3. Nämn organisationen med dess kortnamn, till exempel @fk eller @af, så "
            "får de som bevakar frågor en avisering.\n\n"
            "## Svarstider\n\n"
            "Varje organisation anger under *Fråga oss* på sin gränssida hur snabbt den "
            "svarar. Ett kort svar som \"det kan vi inte diskutera utan samtycke – så här kan vi "
            "ses i stället\" är bättre än inget svar.\n\n"
            "## Varför vi mäter\n\n"
            "Förbundets samordnare följer varje månad hur många frågor som besvaras och hur "
            "snabbt. Syftet är inte att peka ut någon. När en part tystnar beror det oftast på "
            "omorganisation eller personalbrist, och då vill vi veta det tidigt. Läs mer i "
            "[[FINSAM och samordningsförbundet]]."
        ),
        "review_due_days": 210,
    },
]
