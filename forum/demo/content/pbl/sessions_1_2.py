"""The demo PBL group's sessions 1 and 2 (held)."""

SESSIONS = [
        {
            "number": 1,
            "starts_days_offset": -56,
            "start_time": "13:00",
            "minutes": 180,
            "case": "regelandring-rehabiliteringskedjan",
            "status": "closed",
            "chair": "maja.karlsson",
            "scribe": "lena.strand",
            "attendance": [
                "sara.malmberg",
                "leila.haddad",
                "maja.karlsson",
                "erik.wallin",
                "lena.strand",
                "oskar.blom",
            ],
            "question_for_next": (
                "Vad menar var och en av oss med arbetsförmåga – och vems bedömning väger "
                "tyngst för personen?"
            ),
            "minutes_text": (
                "Första träffen, en timme längre än de övriga. Vi presenterade oss och våra "
                "uppdrag, gick igenom PBL-stegen och kom överens om att inget som kan kopplas "
                "till en enskild person får skrivas på tavlan eller i anteckningarna. Fiona "
                "MacLeary deltar som observatör med allas samtycke.\n\n"
                "Startmaterialet var sammanfattningen av regeländringen som införde fasta "
                "tidpunkter i sjukförsäkringen. Diskussionen kretsade snabbt kring att samma "
                "ord betyder olika saker hos oss, och att informationen om vad de andra gör "
                "ofta kommer för sent. Flera beskrev att det är personen själv som får bära "
                "budskapen mellan myndigheterna.\n\n"
                "Till nästa gång tar var och en med sin organisations definition av "
                "arbetsförmåga. Sara tar reda på hur undantagen vid dag 180 tillämpas lokalt."
            ),
            "board": {
                "clarify": [
                    {
                        "text": "Normalt förekommande arbete – finns det en lista över yrken?",
                        "author": "oskar.blom",
                        "votes": ["lena.strand", "maja.karlsson"],
                    },
                    {
                        "text": "Särskilda skäl och oskälighet vid dag 180 – vem avgör?",
                        "author": "maja.karlsson",
                        "votes": ["erik.wallin"],
                    },
                    {
                        "text": "Skillnaden mellan funktionsförmåga och arbetsförmåga",
                        "author": "erik.wallin",
                        "votes": ["sara.malmberg", "maja.karlsson", "leila.haddad"],
                    },
                ],
                "problem": [
                    {
                        "text": (
                            "Fasta tidsgränser krockar med att behandling och rehabilitering tar "
                            "olika lång tid för olika människor."
                        ),
                        "author": "lena.strand",
                        "votes": ["oskar.blom", "erik.wallin", "maja.karlsson"],
                    },
                    {
                        "text": (
                            "Vi vet för lite om vad de andra gör under samma period, så "
                            "personen får olika besked."
                        ),
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg", "lena.strand"],
                    },
                ],
                "brainstorm": [
                    {
                        "text": "Beslut från FK och annat besked från vården samma vecka",
                        "author": "sara.malmberg",
                        "votes": [],
                    },
                    {
                        "text": "AF får veta först när beslutet redan är fattat",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                    {
                        "text": "Socialtjänsten blir slutstationen när inget annat fungerar",
                        "author": "oskar.blom",
                        "votes": ["lena.strand", "leila.haddad"],
                    },
                    {
                        "text": "Intyg som skrivs för att rädda ersättningen i stället för att "
                        "beskriva funktion",
                        "author": "erik.wallin",
                        "votes": ["maja.karlsson"],
                    },
                    {
                        "text": "Kanske gör tidpunkterna det lättare att planera – vi vet ju när?",
                        "author": "maja.karlsson",
                        "votes": ["sara.malmberg", "erik.wallin"],
                    },
                ],
                "structure": [
                    {
                        "text": (
                            "Tre teman: olika tidsperspektiv, olika begrepp för samma sak, "
                            "information som kommer för sent."
                        ),
                        "author": "lena.strand",
                        "votes": [
                            "sara.malmberg",
                            "leila.haddad",
                            "maja.karlsson",
                            "erik.wallin",
                            "oskar.blom",
                        ],
                    },
                ],
                "objectives": [
                    {
                        "text": "Hur definierar var och en av våra organisationer arbetsförmåga?",
                        "author": "erik.wallin",
                        "votes": [
                            "maja.karlsson",
                            "sara.malmberg",
                            "leila.haddad",
                            "oskar.blom",
                        ],
                    },
                    {
                        "text": "Vilka undantag finns vid dag 180 och hur används de i praktiken?",
                        "author": "maja.karlsson",
                        "votes": ["erik.wallin", "lena.strand"],
                    },
                ],
                "selfstudy": [
                    {
                        "text": "Alla: ta med den egna organisationens definition av "
                        "arbetsförmåga, med källa om det finns en.",
                        "author": "maja.karlsson",
                        "votes": [],
                    },
                    {
                        "text": "Sara: hur undantagen vid dag 180 tillämpas lokalt.",
                        "author": "sara.malmberg",
                        "votes": [],
                    },
                ],
                "report": [],
            },
        },
        {
            "number": 2,
            "starts_days_offset": -42,
            "start_time": "13:00",
            "minutes": 120,
            "case": "rygg-och-nedstamdhet-dag-170",
            "status": "closed",
            "chair": "sara.malmberg",
            "scribe": "erik.wallin",
            "attendance": [
                "sara.malmberg",
                "leila.haddad",
                "erik.wallin",
                "lena.strand",
                "oskar.blom",
            ],
            "question_for_next": (
                "Vad händer med personen dag 181 om ingen av oss har tagit initiativ till ett "
                "gemensamt möte?"
            ),
            "minutes_text": (
                "Maja hade förhinder. Vi började med återrapporteringen: fyra organisationer, "
                "fyra definitioner av arbetsförmåga – och alla har rätt utifrån sin fråga. Det "
                "var första gången flera av oss såg dem bredvid varandra. Vi föreslår att de "
                "läggs in i forumets ordlista.\n\n"
                "Sedan fallet med ryggsmärta och nedstämdhet vid dag 170. Gruppen enades om att "
                "problemet inte är att någon gör fel, utan att ingen har tagit initiativ till "
                "gemensam planering trots att alla ser att dag 180 närmar sig. Sara förklarade "
                "att vården och andra kan föreslå avstämningsmöte – det visste inte alla.\n\n"
                "Självstudie: var och en kartlägger sina kontaktvägar till de andra "
                "organisationerna och hur snabbt man brukar få svar."
            ),
            "board": {
                "clarify": [
                    {
                        "text": "Plan för återgång i arbete – arbetsgivarens eller FK:s ansvar?",
                        "author": "oskar.blom",
                        "votes": ["lena.strand"],
                    },
                    {
                        "text": "Vad innebär det att arbetsgivaren säger att det saknas andra "
                        "uppgifter?",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                ],
                "problem": [
                    {
                        "text": (
                            "Ingen har tagit initiativ till gemensam planering fast alla ser att "
                            "dag 180 närmar sig."
                        ),
                        "author": "lena.strand",
                        "votes": ["sara.malmberg", "leila.haddad", "oskar.blom"],
                    },
                ],
                "brainstorm": [
                    {
                        "text": "Avstämningsmöte före dag 180 – vem föreslår det?",
                        "author": "sara.malmberg",
                        "votes": ["erik.wallin", "lena.strand"],
                    },
                    {
                        "text": "Depressionsbehandlingen har precis börjat ge effekt",
                        "author": "erik.wallin",
                        "votes": ["sara.malmberg"],
                    },
                    {
                        "text": "Oron för ekonomin kan förvärra nedstämdheten",
                        "author": "oskar.blom",
                        "votes": ["erik.wallin", "lena.strand"],
                    },
                    {
                        "text": "Gemensam kartläggning FK och AF om anställningen upphör",
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg"],
                    },
                    {
                        "text": "Aktivitetsbedömning av arbetsterapeut som underlag",
                        "author": "erik.wallin",
                        "votes": ["leila.haddad"],
                    },
                ],
                "structure": [
                    {
                        "text": (
                            "Det medicinska (behandling pågår, prognos oklar), det "
                            "försäkringsmässiga (dag 181 närmar sig) och det sociala (ekonomi, "
                            "familj) hänger ihop – men hanteras av tre olika organisationer."
                        ),
                        "author": "sara.malmberg",
                        "votes": ["erik.wallin", "leila.haddad", "oskar.blom"],
                    },
                ],
                "objectives": [
                    {
                        "text": (
                            "Vilka kontaktvägar finns i praktiken mellan våra organisationer "
                            "före dag 180, och hur snabbt fungerar de?"
                        ),
                        "author": "leila.haddad",
                        "votes": ["sara.malmberg", "lena.strand", "oskar.blom", "erik.wallin"],
                    },
                ],
                "selfstudy": [
                    {
                        "text": "Alla: vem kontaktar jag i de andra organisationerna, hur, och "
                        "hur snabbt får jag svar?",
                        "author": "lena.strand",
                        "votes": [],
                    },
                ],
                "report": [
                    {
                        "text": (
                            "Fyra definitioner av arbetsförmåga: FK mot bedömningsgrunden, "
                            "vården funktion och aktivitet, AF verkliga jobb, socialtjänsten om "
                            "personen kan stå till arbetsmarknadens förfogande."
                        ),
                        "author": "erik.wallin",
                        "votes": ["sara.malmberg", "leila.haddad", "lena.strand", "oskar.blom"],
                    },
                    {
                        "text": (
                            "Undantagen vid dag 180 prövas alltid; det som oftast avgör är "
                            "konkret medicinskt underlag om förväntad förbättring."
                        ),
                        "author": "sara.malmberg",
                        "votes": ["erik.wallin"],
                    },
                ],
            },
        },
]
