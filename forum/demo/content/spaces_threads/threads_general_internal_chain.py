"""Demo threads: the general space, the Social Insurance Agency's internal space, the
rehabilitation chain."""

THREADS = [
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
