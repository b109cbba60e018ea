"""Demo threads: financial assistance and work, the rehabilitation chain, young people on
activity compensation."""

THREADS = [
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
]
