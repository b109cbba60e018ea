"""The demo PBL group's sessions 3 and 4 (held)."""

SESSIONS = [
        {
            "number": 3,
            "starts_days_offset": -28,
            "start_time": "13:00",
            "minutes": 120,
            "case": None,
            "status": "closed",
            "chair": "leila.haddad",
            "scribe": "oskar.blom",
            "attendance": [
                "sara.malmberg",
                "leila.haddad",
                "maja.karlsson",
                "erik.wallin",
                "lena.strand",
                "oskar.blom",
            ],
            "question_for_next": (
                "Hur ser vardagen ut för en ung vuxen med aktivitetsersättning där ingen "
                "planering finns – och vems uppgift är det att börja?"
            ),
            "minutes_text": (
                "Ingen ny fallbeskrivning; vi arbetade med frågan från förra gången.\n\n"
                "Återrapporteringen visade att kontaktvägarna finns men att ingen av oss kände "
                "till alla, och att svarstiderna varierar från samma dag till över en vecka. "
                "Leila förklarade att Arbetsförmedlingen inte längre har personliga "
                "handläggare för alla, och att de därför behöver veta i förväg vilket ärende "
                "det gäller.\n\n"
                "Vi landade i att glappet uppstår i övergångarna mellan organisationerna, inte "
                "inom dem. Efter dag 181 utan plan väntar var och en på att någon annan ska ta "
                "första steget – och personen får förklara sin situation för fyra "
                "myndigheter.\n\n"
                "Självstudie: läs de andra organisationernas gränssidor i forumet och markera "
                "det som överraskar."
            ),
            "board": {
                "clarify": [
                    {
                        "text": "Skillnaden mellan omprövning och överklagande",
                        "author": "maja.karlsson",
                        "votes": ["oskar.blom"],
                    },
                ],
                "problem": [
                    {
                        "text": (
                            "Efter dag 181 utan plan hamnar personen i ett glapp där varje "
                            "organisation väntar på att någon annan ska ta första steget."
                        ),
                        "author": "oskar.blom",
                        "votes": [
                            "sara.malmberg",
                            "leila.haddad",
                            "maja.karlsson",
                            "lena.strand",
                        ],
                    },
                ],
                "brainstorm": [
                    {
                        "text": "Personen får själv förklara allt för fyra myndigheter",
                        "author": "maja.karlsson",
                        "votes": ["erik.wallin", "lena.strand"],
                    },
                    {
                        "text": "Försörjningsstödet blir en bro – men utan planering",
                        "author": "lena.strand",
                        "votes": ["oskar.blom"],
                    },
                    {
                        "text": "AF börjar om från noll",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                    {
                        "text": "Vården förlänger intyget för säkerhets skull",
                        "author": "erik.wallin",
                        "votes": ["maja.karlsson"],
                    },
                    {
                        "text": "En gemensam signal runt dag 150, med personens samtycke",
                        "author": "sara.malmberg",
                        "votes": ["leila.haddad", "maja.karlsson", "lena.strand", "oskar.blom"],
                    },
                ],
                "structure": [
                    {
                        "text": "Glappet uppstår i övergångarna, inte inom organisationerna.",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg", "erik.wallin", "oskar.blom"],
                    },
                ],
                "objectives": [
                    {
                        "text": (
                            "Hur skulle en gemensam rutin för övergången vid dag 180 kunna se ut, "
                            "och vad får respektive får vi inte göra?"
                        ),
                        "author": "sara.malmberg",
                        "votes": ["leila.haddad", "lena.strand"],
                    },
                ],
                "selfstudy": [
                    {
                        "text": "Alla: läs de andras gränssidor och markera det som överraskar.",
                        "author": "leila.haddad",
                        "votes": [],
                    },
                ],
                "report": [
                    {
                        "text": (
                            "Kontaktvägarna finns men ingen känner till alla; svarstiden "
                            "varierar från samma dag till över en vecka."
                        ),
                        "author": "lena.strand",
                        "votes": ["maja.karlsson", "oskar.blom"],
                    },
                    {
                        "text": (
                            "AF: utan personlig handläggare behöver vi veta i förväg vilket "
                            "ärende det gäller."
                        ),
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                ],
            },
        },
        {
            "number": 4,
            "starts_days_offset": -14,
            "start_time": "13:00",
            "minutes": 120,
            "case": "ung-vuxen-aktivitetsersattning",
            "status": "closed",
            "chair": "lena.strand",
            "scribe": "maja.karlsson",
            "attendance": [
                "sara.malmberg",
                "leila.haddad",
                "maja.karlsson",
                "lena.strand",
                "oskar.blom",
            ],
            "question_for_next": (
                "Varför läggs samverkan som fungerar ner – och vad skulle krävas för att den "
                "ska överleva projektet?"
            ),
            "minutes_text": (
                "Erik hade förhinder. Återrapporteringen från gränssidorna gav flest "
                "överraskningar under *Kan*: det finns mer handlingsutrymme än vi trodde, till "
                "exempel att mötas hemma hos personen eller att vården kan föreslå "
                "avstämningsmöte. Sara påminde om att sekretessen sällan hindrar oss från att "
                "ses tillsammans med personen – den hindrar att vi pratar om personen utan hen.\n\n"
                "Fallet med den unga vuxna med aktivitetsersättning väckte mycket igenkänning. "
                "Problemet formulerades som att den unga har ersättning men ingen riktning, "
                "och att alla väntar på att någon annan ska äga planeringen. Oskar berättade "
                "om första mötet på biblioteket i Sjöby.\n\n"
                "Lena tog upp att förbundets insats Steget upphör vid årsskiftet. Det ledde "
                "till frågan till nästa gång. Startmaterial: artikeln om teamet som lades ner."
            ),
            "board": {
                "clarify": [
                    {
                        "text": "SIUS, daglig verksamhet, sysselsättning – vad är vad?",
                        "author": "maja.karlsson",
                        "votes": ["lena.strand", "sara.malmberg"],
                    },
                    {
                        "text": "Vad räknas som aktivitet i aktivitetsersättningen?",
                        "author": "lena.strand",
                        "votes": ["oskar.blom"],
                    },
                ],
                "problem": [
                    {
                        "text": (
                            "Den unga har ersättning men ingen riktning, och alla väntar på att "
                            "någon annan ska äga planeringen."
                        ),
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg", "maja.karlsson", "lena.strand", "oskar.blom"],
                    },
                ],
                "brainstorm": [
                    {
                        "text": "Första mötet hemma eller på biblioteket",
                        "author": "oskar.blom",
                        "votes": ["leila.haddad", "maja.karlsson", "lena.strand"],
                    },
                    {
                        "text": "En namngiven kontaktperson som följer med genom övergångarna",
                        "author": "maja.karlsson",
                        "votes": ["oskar.blom", "sara.malmberg"],
                    },
                    {
                        "text": "Psykiatrin avslutar när behandlingen är inställd",
                        "author": "maja.karlsson",
                        "votes": [],
                    },
                    {
                        "text": "Arbetsplats som mål, inte som första steg",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                    {
                        "text": "Steget upphör vid årsskiftet – vem tar över?",
                        "author": "lena.strand",
                        "votes": ["oskar.blom", "leila.haddad", "maja.karlsson"],
                    },
                ],
                "structure": [
                    {
                        "text": "Ägarskap (vem börjar), tempo (små steg) och plats (var vi möts).",
                        "author": "lena.strand",
                        "votes": ["sara.malmberg", "leila.haddad", "oskar.blom"],
                    },
                ],
                "objectives": [
                    {
                        "text": (
                            "Vad krävs för att ett samverkansarbete som fungerar ska överleva när "
                            "projektpengarna tar slut?"
                        ),
                        "author": "oskar.blom",
                        "votes": ["lena.strand", "maja.karlsson", "leila.haddad"],
                    },
                ],
                "selfstudy": [
                    {
                        "text": "Alla: läs artikeln och ta reda på hur din organisation beslutar "
                        "om att ta över en insats från förbundet.",
                        "author": "lena.strand",
                        "votes": [],
                    },
                ],
                "report": [
                    {
                        "text": (
                            "Flest överraskningar under Kan på gränssidorna – det finns mer "
                            "handlingsutrymme än vi trodde."
                        ),
                        "author": "oskar.blom",
                        "votes": ["sara.malmberg", "leila.haddad", "maja.karlsson", "lena.strand"],
                    },
                    {
                        "text": (
                            "Sekretessen hindrar sällan att vi ses tillsammans med personen; den "
                            "hindrar att vi pratar om personen utan hen."
                        ),
                        "author": "sara.malmberg",
                        "votes": ["lena.strand", "oskar.blom"],
                    },
                ],
            },
        },
]
