"""Demo threads: the rehabilitation chain, the general space, the Nordic exchange."""

THREADS = [
    {
        "space": "rehabiliteringskedjan",
        "title": "Dag 180 närmar sig – vem prövar egentligen mot hela arbetsmarknaden?",
        "author": "maja.karlsson",
        "question_to": "forsakringskassan",
        "answered_by_post": 3,
        "created_days_ago": 9,
        "posts": [
            {
                "author": "maja.karlsson",
                "body": (
                    "Hej @fk! En fråga som dyker upp nästan varje vecka hos oss på "
                    "vårdcentralen: patienter som närmar sig dag 180 tror att det är *läkaren* "
                    "som ska intyga att de \"inte klarar något arbete alls\", och att det är vi "
                    "i vården som avgör om de ska prövas mot normalt förekommande arbete.\n\n"
                    "Jag vill kunna ge ett korrekt svar:\n\n"
                    "1. Vem gör bedömningen mot hela arbetsmarknaden, och vad bygger den på?\n"
                    "2. Vad kan vi i vården bidra med *innan* dag 180 så att underlaget blir "
                    "bra?\n\n"
                    "Jag har läst [[Rehabiliteringskedjan]] men saknar det praktiska."
                ),
                "minutes_after_start": 0,
                "reactions": [("erik.wallin", "+1"), ("eva.nordin", "eyes")],
            },
            {
                "author": "erik.wallin",
                "body": (
                    "Samma sak i psykiatrin. Vi har flera patienter med medelsvår depression "
                    "runt dag 150–170 där vi ser en tydlig förbättring men långt ifrån full "
                    "funktion. Det svåra är att beskriva vad de klarar i ett arbete som inte "
                    "finns. *Normalt förekommande arbete* är inget jag kan undersöka på "
                    "mottagningen."
                ),
                "minutes_after_start": 35,
                "reactions": [("maja.karlsson", "+1")],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Från Arbetsförmedlingen: vi gör ingen bedömning av arbetsförmåga för "
                    "sjukpenningen, det är bra att det blir tydligt. Men vi möter ofta "
                    "personerna *efter* att Försäkringskassan bedömt att de klarar ett normalt "
                    "förekommande arbete, och då ska vi ta vid. Ju tidigare vi får vara med, "
                    "desto mindre blir glappet. Se gärna "
                    "[[Arbetsförmedlingen – gränser och uppdrag]]."
                ),
                "minutes_after_start": 80,
                "reactions": [("maja.karlsson", "thanks")],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Tack för frågan – vi får den ofta. Kort svar: **det är Försäkringskassan "
                    "som bedömer arbetsförmågan**, också mot normalt förekommande arbete från "
                    "dag 181. Läkarintyget är vårt viktigaste medicinska underlag, men läkaren "
                    "avgör inte vilken bedömningsgrund som gäller.\n\n"
                    "Så här ser det ut:\n\n"
                    "1. **Dag 1–90:** vi prövar mot personens vanliga arbete.\n"
                    "2. **Dag 91–180:** även mot andra arbetsuppgifter hos arbetsgivaren.\n"
                    "3. **Från dag 181:** även mot arbete som är normalt förekommande på "
                    "arbetsmarknaden – om det inte finns särskilda skäl eller om det vore "
                    "oskäligt.\n\n"
                    "Det vi behöver från vården är inte ett omdöme om arbetsmarknaden utan en "
                    "så konkret beskrivning som möjligt av **funktionsnedsättning och "
                    "aktivitetsbegränsning**: vad ni har observerat, vad personen klarar i dag, "
                    "vad som väntas förändras och när. Pågår en behandling som förväntas ge "
                    "effekt – skriv det, med en tidsram. Det är sådana uppgifter som kan göra "
                    "att undantagen blir aktuella.\n\n"
                    "En vanlig missuppfattning: för den som saknar anställning gäller "
                    "prövningen mot normalt förekommande arbete redan från början, inte först "
                    "vid dag 180.\n\n"
                    "Mer finns på [[Försäkringskassan – gränser och uppdrag]] och i ordlistan "
                    "under *arbetsförmåga*."
                ),
                "minutes_after_start": 140,
                "reactions": [
                    ("maja.karlsson", "thanks"),
                    ("erik.wallin", "thanks"),
                    ("helena.sjoberg", "heart"),
                    ("annika.borg", "+1"),
                    ("oskar.blom", "+1"),
                ],
            },
            {
                "author": "maja.karlsson",
                "body": (
                    "Tack @jonas.ek – precis det jag behövde. En följdfråga: kan vi be om ett "
                    "avstämningsmöte före dag 180 om vi ser att planeringen spretar, eller måste "
                    "initiativet komma från er?"
                ),
                "minutes_after_start": 165,
                "reactions": [],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Jag svarar som handläggare: ni kan absolut föreslå det. Skriv det gärna i "
                    "läkarintyget eller mejla vår funktionsbrevlåda, den står under *Fråga oss* "
                    "på gränssidan. Det är vi som kallar, men ett förslag från vården väger "
                    "tungt – särskilt runt dag 120–150 när det fortfarande finns tid att planera."
                ),
                "minutes_after_start": 210,
                "reactions": [("maja.karlsson", "+1"), ("eva.nordin", "+1")],
            },
            {
                "author": "erik.wallin",
                "body": (
                    "Bra. Jag tar med mig till läkargruppen att vi skriver förväntad förbättring "
                    "med tidsram och föreslår avstämning i god tid. Det borde också stå på "
                    "sidan om [[Rehabiliteringskedjan]]."
                ),
                "minutes_after_start": 260,
                "reactions": [("helena.sjoberg", "idea")],
            },
            {
                "author": "helena.sjoberg",
                "body": (
                    "Jag har lagt upp en kort checklista: "
                    "[[Dag 180 – checklista inför bedömningen]]. @jonas.ek, kan du granska den "
                    "innan fredag?"
                ),
                "minutes_after_start": 300,
                "reactions": [("maja.karlsson", "heart"), ("erik.wallin", "+1")],
            },
            {
                "author": "jonas.ek",
                "body": "Absolut, jag tittar på den på torsdag.",
                "minutes_after_start": 330,
                "reactions": [("helena.sjoberg", "thanks")],
            },
        ],
    },
    {
        "space": "allmant",
        "title": "Mellan stolarna: avslag från FK, \"inte redo\" hos AF – och försörjningsstöd",
        "author": "oskar.blom",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 16,
        "posts": [
            {
                "author": "oskar.blom",
                "body": (
                    "Ett mönster jag ser allt oftare i Sjöby: någon i femtioårsåldern får avslag "
                    "på fortsatt sjukpenning efter dag 180 eftersom Försäkringskassan bedömer att "
                    "hen klarar ett normalt förekommande arbete. Personen skriver in sig på "
                    "Arbetsförmedlingen, men där upplever hen att hen först måste \"bli frisk\". "
                    "Under tiden kommer hen till oss och söker försörjningsstöd.\n\n"
                    "Då sitter vi med en person som enligt en myndighet kan arbeta, enligt en "
                    "annan inte är redo och enligt vården fortfarande är sjuk.\n\n"
                    "Hur hanterar ni det här? Jag vill diskutera mönstret, inte ett ärende – "
                    "inga uppgifter om någon person här."
                ),
                "minutes_after_start": 0,
                "reactions": [
                    ("lena.strand", "+1"),
                    ("maja.karlsson", "+1"),
                    ("helena.sjoberg", "eyes"),
                ],
            },
            {
                "author": "lena.strand",
                "body": (
                    "Känner igen varje ord. I Norrköp kräver vi att den som kan arbeta står till "
                    "arbetsmarknadens förfogande, samtidigt som vi har ett läkarintyg som säger "
                    "motsatsen. Vi måste då göra en egen bedömning av om det finns godtagbara "
                    "skäl – och den bedömningen har ingen annan nytta av. Jag har skrivit om vad "
                    "vi kräver på [[Socialtjänsten i Norrköp kommun – gränser och uppdrag]]."
                ),
                "minutes_after_start": 25,
                "reactions": [("oskar.blom", "+1")],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Jag vill nyansera \"inte redo\". Så ska vi inte säga, och det är inte så "
                    "det är tänkt: den som vill arbeta får skriva in sig och få insatser även om "
                    "vägen är lång – kartläggning, arbetspsykologisk utredning, arbetsträning.\n\n"
                    "Men ärligt talat: när vi inte vet vad vården tänker och vad "
                    "Försäkringskassan redan har utrett börjar vi om från noll. Det är där det "
                    "tappar fart."
                ),
                "minutes_after_start": 70,
                "reactions": [("oskar.blom", "thanks"), ("helena.sjoberg", "+1")],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Från Försäkringskassan: att vi bedömer att någon klarar ett normalt "
                    "förekommande arbete betyder inte att vi anser att personen är frisk, eller "
                    "att det finns ett jobb att gå till. Det är en försäkringsbedömning, inte ett "
                    "omdöme om vägen framåt. Jag förstår att det krockar.\n\n"
                    "Det vi kan bli bättre på är att **före beslutet** fråga om personen vill ha "
                    "ett gemensamt möte med Arbetsförmedlingen. Med samtycke kan vi då lämna "
                    "över det vi vet, så att ingen behöver börja om."
                ),
                "minutes_after_start": 110,
                "reactions": [("leila.haddad", "+1"), ("lena.strand", "+1")],
            },
            {
                "author": "helena.sjoberg",
                "body": (
                    "Det här är kärnan i varför förbundet finns. Två saker som redan går att "
                    "använda:\n\n"
                    "- **Gemensam kartläggning**, där Försäkringskassan och Arbetsförmedlingen "
                    "träffar personen tillsammans före eller direkt efter beslutet. Se "
                    "[[Gemensam planering – så går det till]].\n"
                    "- **Samverkansteamet**, som förbundet finansierar, tar emot personer som "
                    "behöver insatser från minst två av er. Socialtjänsten kan anmäla behov med "
                    "personens samtycke.\n\n"
                    "Men jag hör också att ingen riktigt vet vem man ska kontakta på andra "
                    "sidan. Det är ett av skälen till att varje gränssida har en del som heter "
                    "*Fråga oss*."
                ),
                "minutes_after_start": 150,
                "reactions": [("oskar.blom", "+1"), ("lena.strand", "heart")],
            },
            {
                "author": "oskar.blom",
                "body": (
                    "Tack. Jag provar samverkansteamet nästa gång. Men det jag fortfarande "
                    "saknar är att få veta *innan* personen står i vår reception. Kan "
                    "Försäkringskassan signalera till oss? Jag gissar att svaret är nej utan "
                    "samtycke."
                ),
                "minutes_after_start": 200,
                "reactions": [],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Rätt gissat – utan samtycke eller särskilt lagstöd kan vi inte berätta för "
                    "socialtjänsten att ett visst beslut är på väg, se "
                    "[[Sekretess mellan myndigheter]]. Men vi kan informera personen om att hen "
                    "själv kan kontakta er, och erbjuda att ni är med på ett möte. Det borde vi "
                    "göra mer konsekvent. Jag tar med det internt."
                ),
                "minutes_after_start": 240,
                "reactions": [("oskar.blom", "thanks"), ("helena.sjoberg", "idea")],
            },
            {
                "author": "maja.karlsson",
                "body": (
                    "Från vårdcentralen: vi möter ofta samma person. Om socialtjänsten behöver "
                    "underlag för godtagbara skäl, be gärna personen fråga oss om ett utlåtande "
                    "som beskriver vad hen klarar – inte bara att hen är \"sjuk\". Det gör det "
                    "lättare för alla."
                ),
                "minutes_after_start": 300,
                "reactions": [("lena.strand", "+1"), ("oskar.blom", "+1")],
            },
        ],
    },
    {
        "space": "nordiskt-utbyte",
        "title": "Emails to the other side left unanswered for days – how do you keep the line "
        "open?",
        "author": "ingrid.haugen",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 23,
        "posts": [
            {
                "author": "ingrid.haugen",
                "body": (
                    "Hello everyone, and thank you for letting me join during my visit to "
                    "Älvdalen. I work on the state side of a NAV office in Norway. "
                    "In theory we share one office with the municipal side – social assistance "
                    "and social work follow-up – but in practice we sit on different floors, use "
                    "different systems and are even paid on different days.\n\n"
                    "What bothers me most: when my municipal colleagues email me about a shared "
                    "client, they sometimes wait three working days or more, then give up and "
                    "carry on alone. I am sure it happens the other way too.\n\n"
                    "You have *four* separate organisations. How do you keep messages from "
                    "disappearing into the gap?"
                ),
                "minutes_after_start": 0,
                "reactions": [
                    ("helena.sjoberg", "heart"),
                    ("lena.strand", "eyes"),
                    ("oskar.blom", "+1"),
                ],
            },
            {
                "author": "lena.strand",
                "body": (
                    "Welcome, Ingrid! Honestly, we have the same problem – only across four "
                    "employers instead of two halves. A personal email to a named officer is the "
                    "weakest channel: they may be on leave, the case may have moved, and nobody "
                    "else sees it.\n\n"
                    "What has helped a little: each organisation now lists a shared mailbox and "
                    "a promised response time on its boundary page (see the *Fråga oss* – "
                    "\"ask us\" – section on "
                    "[[Socialtjänsten i Norrköp kommun – gränser och uppdrag]]). A public "
                    "promise is easier to keep."
                ),
                "minutes_after_start": 40,
                "reactions": [("ingrid.haugen", "thanks")],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Same on our side. I would add one thing from Försäkringskassan: we cannot "
                    "discuss an individual by email with another agency without consent anyway, "
                    "so some \"unanswered\" mail is mail we are not allowed to answer in that "
                    "form. We should say so instead of staying silent. A two-line reply – "
                    "\"I can't discuss this without consent; here is how we can meet\" – beats "
                    "no reply at all."
                ),
                "minutes_after_start": 95,
                "reactions": [("ingrid.haugen", "+1"), ("sara.malmberg", "+1")],
            },
            {
                "author": "ingrid.haugen",
                "body": (
                    "That is a very good point. Silence gets read as \"they don't care\" when it "
                    "may mean \"I'm not allowed\" or \"this isn't mine\". Do you measure response "
                    "times between the organisations?"
                ),
                "minutes_after_start": 130,
                "reactions": [],
            },
            {
                "author": "helena.sjoberg",
                "body": (
                    "We are starting to. The forum shows how long it takes before a question to "
                    "an organisation gets its first answer from someone in that organisation, "
                    "and which questions are still open. I look at it every month before the "
                    "preparatory group meets. The point is not to shame anyone – it is to notice "
                    "early when a partner goes quiet, because that usually means a "
                    "reorganisation or a staff shortage, not bad will.\n\n"
                    "@fiona.macleary, you have studied this kind of drift – would you share what "
                    "the research says?"
                ),
                "minutes_after_start": 170,
                "reactions": [("ingrid.haugen", "idea"), ("lena.strand", "+1")],
            },
            {
                "author": "fiona.macleary",
                "body": (
                    "Thanks for inviting me in, Helena. Briefly: studies of coordination "
                    "associations and of NAV offices describe the same slide. Collaboration "
                    "rarely breaks in one dramatic moment; it thins out – fewer meetings, slower "
                    "answers, more \"what is best for my own organisation\".\n\n"
                    "What seems to counter it is unglamorous: regular, structured dialogue; "
                    "knowing a named person on the other side; and being open about each "
                    "organisation's rules – what you *must* do, what you *must not* do, and "
                    "where you actually have room to manoeuvre. The boundary pages here are a "
                    "good example of the last point.\n\n"
                    "Back to observing now!"
                ),
                "minutes_after_start": 260,
                "reactions": [
                    ("helena.sjoberg", "thanks"),
                    ("ingrid.haugen", "thanks"),
                    ("jonas.ek", "+1"),
                    ("lena.strand", "heart"),
                ],
            },
            {
                "author": "ingrid.haugen",
                "body": (
                    "Thank you all. I will take two things home to Fjordby: public response "
                    "times, and the \"I can't, but here is how\" reply. We used to have a monthly "
                    "meeting between the two sides and it quietly stopped. I think I will ask "
                    "for it back."
                ),
                "minutes_after_start": 300,
                "reactions": [("oskar.blom", "heart"), ("helena.sjoberg", "+1")],
            },
        ],
    },
]
