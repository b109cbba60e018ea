"""Spaces and threads for the demo.

``created_days_ago`` is when the thread started; each post's ``minutes_after_start`` is
counted from then. ``answered_by_post`` is an index into ``posts`` (or None).
Reactions are ``(username, emoji_key)`` with emoji_key in
'+1', 'heart', 'thanks', 'idea', 'eyes'.

Exactly one thread is a question to an organization answered by that organization
("Dag 180 närmar sig …", answered by Försäkringskassan) and one is a question left
unanswered ("Vem på Arbetsförmedlingen …", asked to Arbetsförmedlingen).
"""

SPACES = [
    {
        "slug": "allmant",
        "name_sv": "Allmänt",
        "name_en": "General",
        "description": (
            "Frågor och samtal som rör alla parter i förbundet: samverkan, mötesformer, "
            "nyheter och sådant som inte passar någon annanstans."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "rehabiliteringskedjan",
        "name_sv": "Rehabiliteringskedjan",
        "name_en": "The rehabilitation chain",
        "description": (
            "Sjukskrivning, läkarintyg och bedömningarna vid dag 90, 180 och 365 – och vad "
            "de betyder för oss som möter personen före och efter."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "unga-med-aktivitetsersattning",
        "name_sv": "Unga med aktivitetsersättning",
        "name_en": "Young people with activity compensation",
        "description": (
            "Unga vuxna med aktivitetsersättning: aktiviteter, övergångar från skolan och "
            "vem som håller i planeringen."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "ekonomiskt-bistand-och-arbete",
        "name_sv": "Ekonomiskt bistånd och arbete",
        "name_en": "Financial assistance and work",
        "description": (
            "Försörjningsstöd, kraven att stå till arbetsmarknadens förfogande och vägen från "
            "bistånd till egen försörjning."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "nordiskt-utbyte",
        "name_sv": "Nordiskt utbyte",
        "name_en": "Nordic exchange",
        "description": (
            "Erfarenhetsutbyte med kolleger i andra nordiska länder. Skriv gärna på engelska "
            "här. / Exchange with colleagues in the other Nordic countries – English welcome."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "forsakringskassan-internt",
        "name_sv": "Försäkringskassan internt",
        "name_en": "Social Insurance Agency internal",
        "description": (
            "Internt utrymme för Försäkringskassans medarbetare: förbered svar, stäm av "
            "tolkningar och underhåll vår gränssida."
        ),
        "visibility": "org",
        "org": "forsakringskassan",
    },
]

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
    {
        "space": "ekonomiskt-bistand-och-arbete",
        "title": "Vad kräver försörjningsstödet av den som är sjukskriven utan sjukpenning?",
        "author": "eva.nordin",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 12,
        "posts": [
            {
                "author": "eva.nordin",
                "body": (
                    "Jag får ofta frågor från patienter som har förlorat sjukpenningen, eller "
                    "aldrig haft någon, och som nu söker försörjningsstöd. De är oroliga för att "
                    "de ska \"tvingas söka jobb\" trots att de har ett läkarintyg.\n\n"
                    "Vad kräver socialtjänsten egentligen, och vad behöver ni från oss i vården?"
                ),
                "minutes_after_start": 0,
                "reactions": [("maja.karlsson", "+1"), ("erik.wallin", "eyes")],
            },
            {
                "author": "lena.strand",
                "body": (
                    "Bra fråga, och oron är begriplig. I korthet:\n\n"
                    "- Försörjningsstöd är det yttersta skyddsnätet. Vi prövar först om behovet "
                    "kan tillgodoses på annat sätt – sjukpenning, a-kassa, bostadsbidrag.\n"
                    "- Den som kan arbeta ska som huvudregel stå till arbetsmarknadens "
                    "förfogande, vilket oftast betyder att vara inskriven på "
                    "Arbetsförmedlingen och följa planeringen där.\n"
                    "- Finns **godtagbara skäl**, till exempel styrkt sjukdom, gäller inte det "
                    "kravet – men då behöver vi ett underlag och en planering för vad som ska "
                    "hända.\n\n"
                    "Ett intyg som bara säger \"sjukskriven 100 procent\" hjälper oss mindre än en "
                    "beskrivning av vad personen klarar och vilken behandling som pågår. Vi gör "
                    "vår *egen* bedömning; den är inte bunden av Försäkringskassans. Mer på "
                    "[[Socialtjänsten i Norrköp kommun – gränser och uppdrag]]."
                ),
                "minutes_after_start": 45,
                "reactions": [
                    ("eva.nordin", "thanks"),
                    ("maja.karlsson", "thanks"),
                    ("oskar.blom", "+1"),
                ],
            },
            {
                "author": "oskar.blom",
                "body": (
                    "Vi gör likadant i Sjöby. Ett tillägg: vi kan begära att personen deltar i "
                    "praktik eller annan kompetenshöjande verksamhet om Arbetsförmedlingen inte "
                    "har erbjudit något som passar. Det är tänkt att bryta isolering och "
                    "passivitet, inte att straffa – men jag förstår att det kan kännas så."
                ),
                "minutes_after_start": 70,
                "reactions": [("lena.strand", "+1")],
            },
            {
                "author": "eva.nordin",
                "body": (
                    "Tack! Så det vi i vården kan göra är att beskriva funktion och "
                    "behandlingsplan konkret, inte bara förlänga intyget. Kan vi skriva samma "
                    "sak till er som till Försäkringskassan?"
                ),
                "minutes_after_start": 110,
                "reactions": [],
            },
            {
                "author": "lena.strand",
                "body": (
                    "I stort sett ja, men personen måste själv lämna det till oss eller samtycka "
                    "till att vi kontaktar er. Vi kan inte hämta något ur journalen. Och kom "
                    "ihåg att det är personens ansökan: ett utlåtande är ett underlag, inte ett "
                    "beslut."
                ),
                "minutes_after_start": 140,
                "reactions": [("eva.nordin", "+1")],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Från Arbetsförmedlingen: när inskrivning krävs för någon som är sjuk blir "
                    "den ibland en inskrivning på pappret. Hör hellre av er till oss, så kan vi "
                    "tillsammans med personen se om en anpassad planering är rimlig – deltid, "
                    "arbetsträning, eller att vi väntar tills behandlingen har kommit igång. Se "
                    "[[Arbetsförmedlingen – gränser och uppdrag]]."
                ),
                "minutes_after_start": 190,
                "reactions": [("lena.strand", "+1"), ("eva.nordin", "heart")],
            },
            {
                "author": "erik.wallin",
                "body": (
                    "Det här vore värt en egen wikisida: \"Vad behöver socialtjänsten från "
                    "vården?\" Jag hänvisar gärna patienter dit när den finns."
                ),
                "minutes_after_start": 260,
                "reactions": [("helena.sjoberg", "idea"), ("lena.strand", "+1")],
            },
        ],
    },
    {
        "space": "rehabiliteringskedjan",
        "title": "Läkarintygen – vad behöver ni se för att kunna göra ert jobb?",
        "author": "erik.wallin",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 30,
        "posts": [
            {
                "author": "erik.wallin",
                "body": (
                    "Jag skriver många intyg och får ibland kompletteringsbegäranden som jag "
                    "upplever som byråkratiska. Samtidigt vet jag att intygen blir för korta när "
                    "mottagningen är pressad.\n\n"
                    "Kan vi reda ut vad varje organisation faktiskt läser i ett läkarintyg? Jag "
                    "tänker Försäkringskassan, Arbetsförmedlingen och socialtjänsten."
                ),
                "minutes_after_start": 0,
                "reactions": [("maja.karlsson", "+1"), ("jonas.ek", "eyes")],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Gärna! För oss avgör tre saker:\n\n"
                    "1. **Funktionsnedsättning** – vad du har observerat vid undersökningen, "
                    "inte bara vad patienten berättar.\n"
                    "2. **Aktivitetsbegränsning** – vad det betyder i vardag och arbete: "
                    "koncentration, uthållighet, att möta människor, att lyfta.\n"
                    "3. **Prognos och planering** – vad som väntas hända och när, och vilken "
                    "behandling som pågår.\n\n"
                    "Diagnosen räcker inte. Två personer med samma diagnos kan ha helt olika "
                    "arbetsförmåga. Kompletteringen kommer nästan alltid för att kopplingen "
                    "mellan punkt 1 och 2 saknas."
                ),
                "minutes_after_start": 40,
                "reactions": [("erik.wallin", "thanks"), ("annika.borg", "+1")],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Arbetsförmedlingen läser inte intyget för att pröva rätt till ersättning. "
                    "Men när personen själv väljer att visa det hjälper en konkret beskrivning "
                    "oss att välja rätt insats. \"Undvik tunga lyft och långvarigt "
                    "stillasittande\" säger oss mer än \"ryggbesvär\"."
                ),
                "minutes_after_start": 85,
                "reactions": [("erik.wallin", "+1")],
            },
            {
                "author": "eva.nordin",
                "body": (
                    "Som arbetsterapeut vill jag slå ett slag för att låta oss göra en "
                    "aktivitetsbedömning när det är oklart. Vi kan observera hur personen klarar "
                    "uppgifter över tid, och det kan bifogas eller refereras i intyget. Det är "
                    "väl guld värt för er, @sara.malmberg?"
                ),
                "minutes_after_start": 120,
                "reactions": [("sara.malmberg", "+1"), ("maja.karlsson", "heart")],
            },
            {
                "author": "sara.malmberg",
                "body": "Ja! Sådana underlag väger tungt, särskilt inför dag 180.",
                "minutes_after_start": 150,
                "reactions": [("eva.nordin", "heart")],
            },
            {
                "author": "annika.borg",
                "body": (
                    "Regionen har sedan lagen om koordineringsinsatser en rutin för det här: "
                    "rehabkoordinatorn kan hjälpa till att samla underlagen och vara kontaktväg "
                    "mot Försäkringskassan. Men intyget är och förblir läkarens ansvar.\n\n"
                    "Jag har lagt till Socialstyrelsens försäkringsmedicinska beslutsstöd på "
                    "[[Region Älvland – gränser och uppdrag]]. Och vi borde titta på hur var och "
                    "en definierar arbetsförmåga, se [[Ordlista – hur vi använder den]]."
                ),
                "minutes_after_start": 220,
                "reactions": [("erik.wallin", "+1"), ("helena.sjoberg", "+1")],
            },
            {
                "author": "erik.wallin",
                "body": (
                    "Tack alla. Sammanfattning till mina kollegor: observation → "
                    "aktivitetsbegränsning → plan med tidsram. Och be om en aktivitetsbedömning "
                    "när vi själva är osäkra."
                ),
                "minutes_after_start": 300,
                "reactions": [
                    ("sara.malmberg", "heart"),
                    ("eva.nordin", "+1"),
                    ("helena.sjoberg", "thanks"),
                ],
            },
        ],
    },
    {
        "space": "unga-med-aktivitetsersattning",
        "title": "Unga med aktivitetsersättning – vem håller i planeringen efter gymnasiet?",
        "author": "mikael.astrom",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 37,
        "posts": [
            {
                "author": "mikael.astrom",
                "body": (
                    "Vi ser en grupp unga vuxna, ofta med neuropsykiatriska diagnoser, som "
                    "beviljats aktivitetsersättning direkt efter gymnasiet och sedan har väldigt "
                    "lite som händer. Försäkringskassan ansvarar för aktiviteterna, vi har "
                    "insatser som skulle passa, kommunen har sysselsättning – men ingen verkar "
                    "äga helheten. Hur ser ni på det?"
                ),
                "minutes_after_start": 0,
                "reactions": [("helena.sjoberg", "eyes"), ("oskar.blom", "+1")],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Vi har ett tydligt ansvar för att den som har aktivitetsersättning får "
                    "möjlighet att delta i aktiviteter som kan stärka förmågan – men vi *utför* "
                    "nästan inga aktiviteter själva. Vi är beroende av er. Och ärligt talat har "
                    "vi för få handläggare för den här gruppen, så kontakten blir ofta för gles."
                ),
                "minutes_after_start": 50,
                "reactions": [("mikael.astrom", "thanks")],
            },
            {
                "author": "erik.wallin",
                "body": (
                    "Från psykiatrin: många av de här unga har varit aktuella hos oss, men när "
                    "utredningen är klar och behandlingen inställd avslutas kontakten ofta. Det "
                    "är inte alltid fel – men då försvinner också den som känner personen bäst."
                ),
                "minutes_after_start": 95,
                "reactions": [("mikael.astrom", "+1")],
            },
            {
                "author": "oskar.blom",
                "body": (
                    "I Sjöby har vi provat att socialsekreteraren, med den ungas samtycke, bjuder "
                    "in Försäkringskassan och Arbetsförmedlingen till ett första möte hemma eller "
                    "på biblioteket – inte på något kontor. Det låter litet, men närvaron blir "
                    "en helt annan."
                ),
                "minutes_after_start": 140,
                "reactions": [
                    ("mikael.astrom", "heart"),
                    ("leila.haddad", "+1"),
                    ("helena.sjoberg", "idea"),
                ],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Vi kan erbjuda kartläggning och arbetsträning med stöd av en SIUS-konsulent "
                    "när personen är redo för arbetsplatsnära steg. Men vi behöver veta vad "
                    "Försäkringskassan planerar och vad psykiatrin ser, annars blir steget för "
                    "stort. Arbetsplatsen fungerar ofta – men sällan som första steg."
                ),
                "minutes_after_start": 185,
                "reactions": [("oskar.blom", "+1")],
            },
            {
                "author": "helena.sjoberg",
                "body": (
                    "Förbundet har i två år finansierat *Steget*, ett arbetslag för unga med "
                    "aktivitetsersättning. Utvärderingen är god, men pengarna tar slut vid "
                    "årsskiftet och ingen medlem har ännu sagt att de tar över.\n\n"
                    "Jag vill inte att vi gör om det som hänt på andra håll – att något som "
                    "fungerar läggs ner för att det inte är någons kärnuppdrag. Jag tar upp det "
                    "i beredningsgruppen och har samlat det vi vet på "
                    "[[Unga med aktivitetsersättning]]."
                ),
                "minutes_after_start": 240,
                "reactions": [
                    ("mikael.astrom", "+1"),
                    ("oskar.blom", "+1"),
                    ("jonas.ek", "eyes"),
                    ("erik.wallin", "heart"),
                ],
            },
            {
                "author": "mikael.astrom",
                "body": (
                    "Tack. Jag tar frågan om medfinansiering med min chef. Jag kan inte lova "
                    "något i dag, men jag säger hellre det rakt ut än att vi blir tysta."
                ),
                "minutes_after_start": 300,
                "reactions": [("helena.sjoberg", "thanks"), ("oskar.blom", "+1")],
            },
        ],
    },
    {
        "space": "allmant",
        "title": "Ska vi återuppta de gemensamma planeringsmötena?",
        "author": "helena.sjoberg",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 45,
        "posts": [
            {
                "author": "helena.sjoberg",
                "body": (
                    "Förra året hade vi ett månatligt möte där handläggare från alla parter gick "
                    "igenom avidentifierade ärenden och, med samtycke, gjorde gemensamma "
                    "planeringar. Mötena rann ut i sanden under hösten – sjukdom, "
                    "omorganisation, nya chefer. Flera av er har sagt att det var det mest "
                    "användbara vi hade.\n\n"
                    "Förslag: vi startar igen, men med en fast struktur så att det inte hänger "
                    "på en eller två personer. Utkastet finns på "
                    "[[Gemensam planering – så går det till]]. Vad behöver ni för att kunna "
                    "prioritera det?"
                ),
                "minutes_after_start": 0,
                "reactions": [
                    ("lena.strand", "+1"),
                    ("maja.karlsson", "+1"),
                    ("oskar.blom", "heart"),
                ],
            },
            {
                "author": "maja.karlsson",
                "body": (
                    "Ja tack! För vården är det viktigaste att tiden är fast och att agendan "
                    "kommer i förväg. Då kan jag boka bort patienter."
                ),
                "minutes_after_start": 30,
                "reactions": [("helena.sjoberg", "+1")],
            },
            {
                "author": "leila.haddad",
                "body": (
                    "Arbetsförmedlingen är med. Men eftersom alla inte längre har en personlig "
                    "handläggare hos oss behöver vi veta i förväg vilka ärenden som tas upp, så "
                    "att rätt kollega kan delta. Annars kommer den som råkar ha tid, och det "
                    "blir inte bra."
                ),
                "minutes_after_start": 60,
                "reactions": [("helena.sjoberg", "+1"), ("sara.malmberg", "+1")],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Försäkringskassan deltar gärna. Vi behöver att samtycket är inhämtat *innan* "
                    "mötet, skriftligt och för just den planeringen, se "
                    "[[Sekretess mellan myndigheter]]. Annars kan vi bara prata på en generell "
                    "nivå."
                ),
                "minutes_after_start": 90,
                "reactions": [("lena.strand", "+1")],
            },
            {
                "author": "ingrid.haugen",
                "body": (
                    "Sorry for writing in English – I'm reading along from Fjordby. This is "
                    "exactly what we lost at our office: a regular meeting between the two "
                    "sides. It stopped quietly and nobody ever decided to stop it.\n\n"
                    "My advice from across the border: name the person who calls the meeting, "
                    "and set the next date before you leave the room."
                ),
                "minutes_after_start": 130,
                "reactions": [("helena.sjoberg", "heart"), ("lena.strand", "+1")],
            },
            {
                "author": "lena.strand",
                "body": (
                    "Bra poäng, @ingrid.haugen – \"nästa datum innan vi går\" skriver vi in i "
                    "rutinen. Från socialtjänsten: kan vi rotera var mötet hålls? Det gör något "
                    "med ägarskapet."
                ),
                "minutes_after_start": 170,
                "reactions": [("oskar.blom", "+1"), ("ingrid.haugen", "+1")],
            },
            {
                "author": "helena.sjoberg",
                "body": (
                    "Då bestämmer vi så här:\n\n"
                    "- första mötet om tre veckor, sedan en gång i månaden,\n"
                    "- mötet roterar mellan parternas lokaler,\n"
                    "- agendan går ut fem arbetsdagar före,\n"
                    "- den som anmäler ett ärende inhämtar samtycket,\n"
                    "- nästa datum bokas innan vi går.\n\n"
                    "Kallelsen går till @fk, @af, @region, @norrkop och @sjoby i dag. Tack alla!"
                ),
                "minutes_after_start": 220,
                "reactions": [
                    ("maja.karlsson", "thanks"),
                    ("leila.haddad", "+1"),
                    ("sara.malmberg", "+1"),
                    ("oskar.blom", "heart"),
                ],
            },
        ],
    },
    {
        "space": "forsakringskassan-internt",
        "title": "Internt: hur förklarar vi undantagen vid dag 180 för samverkansparterna?",
        "author": "jonas.ek",
        "question_to": None,
        "answered_by_post": None,
        "created_days_ago": 8,
        "posts": [
            {
                "author": "jonas.ek",
                "body": (
                    "Efter tråden om dag 180 i det gemensamma utrymmet: vi behöver ett "
                    "gemensamt sätt att förklara undantagen – särskilda skäl, oskälighet, "
                    "sannolik återgång hos arbetsgivaren – utan att det låter som att vi lovar "
                    "något. Förslag på formuleringar?"
                ),
                "minutes_after_start": 0,
                "reactions": [("sara.malmberg", "eyes")],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Jag brukar säga: \"Vi prövar alltid om undantagen är aktuella, och det som "
                    "oftast avgör är ett konkret medicinskt underlag om förväntad förbättring "
                    "och en realistisk plan för återgång.\" Det lovar inget men visar vad som "
                    "spelar roll."
                ),
                "minutes_after_start": 25,
                "reactions": [("jonas.ek", "+1")],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Bra. Jag lägger in det som en *kan*-punkt på "
                    "[[Försäkringskassan – gränser och uppdrag]] och markerar den som praxis, "
                    "inte som lagtext."
                ),
                "minutes_after_start": 60,
                "reactions": [("sara.malmberg", "+1")],
            },
            {
                "author": "sara.malmberg",
                "body": (
                    "Lägg gärna till att vården kan föreslå avstämningsmöte. Det var många som "
                    "inte visste det."
                ),
                "minutes_after_start": 85,
                "reactions": [],
            },
            {
                "author": "jonas.ek",
                "body": (
                    "Gjort. Jag tar också upp med teamledarna att vi ska svara i de gemensamma "
                    "utrymmena inom två arbetsdagar – även när svaret är att vi inte kan "
                    "diskutera saken utan samtycke."
                ),
                "minutes_after_start": 130,
                "reactions": [("sara.malmberg", "heart")],
            },
        ],
    },
    {
        "space": "rehabiliteringskedjan",
        "title": "Vem på Arbetsförmedlingen tar emot när någon lämnar sjukförsäkringen?",
        "author": "sara.malmberg",
        "question_to": "arbetsformedlingen",
        "answered_by_post": None,
        "created_days_ago": 6,
        "posts": [
            {
                "author": "sara.malmberg",
                "body": (
                    "Hej @af! När vi bedömer att en person utan anställning inte längre har rätt "
                    "till sjukpenning uppmanar vi hen att skriva in sig hos er. Tidigare kunde "
                    "vi, med samtycke, kontakta en namngiven handläggare och boka ett "
                    "överlämningsmöte. Nu når vi oftast en allmän kontaktväg och vet inte vem "
                    "som tar emot.\n\n"
                    "- Finns det en rutin för överlämning från Försäkringskassan i Norrköp och "
                    "Sjöby?\n"
                    "- Vart vänder vi oss när personen har samtyckt och vill att vi är med på "
                    "första mötet?"
                ),
                "minutes_after_start": 0,
                "reactions": [
                    ("maja.karlsson", "+1"),
                    ("oskar.blom", "+1"),
                    ("helena.sjoberg", "eyes"),
                ],
            },
            {
                "author": "oskar.blom",
                "body": (
                    "Följer frågan – samma behov hos socialtjänsten i Sjöby. Personerna dyker "
                    "ofta upp hos oss några veckor senare."
                ),
                "minutes_after_start": 1460,
                "reactions": [("sara.malmberg", "+1"), ("lena.strand", "+1")],
            },
        ],
    },
]
