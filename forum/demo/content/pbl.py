"""One cross-agency PBL group midway through its series, its trigger cases and journals.

``starts_days_offset`` is relative to today (negative = in the past). The first session is
180 minutes, the others 120. Closed sessions have attendance, minutes, the question for
the next session and a filled step board; planned sessions have empty boards.
Attendance lists group members only (the tutor leads every session; the observer attends
with the members' consent).
"""

STEP_KEYS = ["clarify", "problem", "brainstorm", "structure", "objectives", "selfstudy", "report"]

PBL_GROUP = {
    "name": "PBL-grupp Älvdalen – samverkan kring sjukskrivning",
    "purpose": (
        "Sju träffar där handläggare, vårdpersonal och socialsekreterare från fem "
        "organisationer arbetar igenom verklighetsnära fall med problembaserat lärande. "
        "Målet är att förstå varandras uppdrag, regler och handlingsutrymme – och att hitta "
        "bättre sätt att samverka i vardagen."
    ),
    "tutor": "eva.nordin",
    "members": [
        "sara.malmberg",
        "leila.haddad",
        "maja.karlsson",
        "erik.wallin",
        "lena.strand",
        "oskar.blom",
    ],
    "observers": [
        {
            "username": "fiona.macleary",
            "consent_note": (
                "Samtliga medlemmar samtyckte skriftligt vid första träffen till att Fiona "
                "MacLeary följer gruppen som observatör. Hon läser tavlan och "
                "minnesanteckningarna men inte de privata dagböckerna, och skriver bara när "
                "gruppen bjuder in henne. Samtycket kan återkallas av varje medlem."
            ),
        },
    ],
    "sessions": [
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
        {
            "number": 5,
            "starts_days_offset": 3,
            "start_time": "13:00",
            "minutes": 120,
            "case": "artikel-teamet-som-lades-ner",
            "status": "planned",
            "chair": "erik.wallin",
            "scribe": "sara.malmberg",
            "attendance": [],
            "question_for_next": None,
            "minutes_text": None,
            "board": {
                "clarify": [],
                "problem": [],
                "brainstorm": [],
                "structure": [],
                "objectives": [],
                "selfstudy": [],
                "report": [],
            },
        },
        {
            "number": 6,
            "starts_days_offset": 17,
            "start_time": "13:00",
            "minutes": 120,
            "case": None,
            "status": "planned",
            "chair": "oskar.blom",
            "scribe": "leila.haddad",
            "attendance": [],
            "question_for_next": None,
            "minutes_text": None,
            "board": {
                "clarify": [],
                "problem": [],
                "brainstorm": [],
                "structure": [],
                "objectives": [],
                "selfstudy": [],
                "report": [],
            },
        },
        {
            "number": 7,
            "starts_days_offset": 31,
            "start_time": "13:00",
            "minutes": 120,
            "case": None,
            "status": "planned",
            "chair": "maja.karlsson",
            "scribe": "erik.wallin",
            "attendance": [],
            "question_for_next": None,
            "minutes_text": None,
            "board": {
                "clarify": [],
                "problem": [],
                "brainstorm": [],
                "structure": [],
                "objectives": [],
                "selfstudy": [],
                "report": [],
            },
        },
    ],
}

CASES = [
    {
        "slug": "regelandring-rehabiliteringskedjan",
        "title": "Regeländring: fasta tidpunkter för prövning av arbetsförmågan",
        "kind": "rule_change",
        "tags": ["rehabiliteringskedjan", "sjukpenning", "dag 180", "regeländring"],
        "body": (
            "*Startmaterial för första träffen: en sammanfattning av en regeländring.*\n\n"
            "Fram till 2008 fanns inga fasta tidsgränser för när arbetsförmågan skulle prövas "
            "mot annat än det vanliga arbetet. Regeländringen införde en kedja med bestämda "
            "tidpunkter:\n\n"
            "- de första 90 dagarna prövas arbetsförmågan mot det vanliga arbetet,\n"
            "- därefter, fram till dag 180, även mot andra uppgifter hos arbetsgivaren,\n"
            "- efter 180 dagar även mot arbete som är normalt förekommande på "
            "arbetsmarknaden, med vissa undantag,\n"
            "- efter ett år blir undantagen ännu färre.\n\n"
            "Förespråkarna menade att tydliga tidpunkter skulle ge tidigare insatser och "
            "kortare sjukskrivningar, och att alla aktörer skulle veta när något måste hända. "
            "Kritikerna varnade för att tidsgränserna är desamma oavsett diagnos och "
            "livssituation, att utrymmet för individuella lösningar krymper och att fler kan "
            "hamna mellan sjukförsäkringen och arbetsmarknaden.\n\n"
            "**Att fundera på**\n\n"
            "- Hur märks tidpunkterna i ditt eget arbete?\n"
            "- Har regeländringen gjort samverkan lättare eller svårare?\n"
            "- Vilka ord i texten tror du att vi förstår olika?"
        ),
    },
    {
        "slug": "rygg-och-nedstamdhet-dag-170",
        "title": "Ryggsmärta, nedstämdhet och dag 170",
        "kind": "case",
        "tags": ["sjukpenning", "dag 180", "depression", "rygg", "samordning"],
        "body": (
            "*Avidentifierat och sammansatt fall. Ingen verklig person ska kunna kännas igen.*\n\n"
            "En person i femtioårsåldern har arbetat länge som lagerarbetare. Ryggen har värkt "
            "i flera år. För ett knappt halvår sedan blev smärtan så svår att hen inte längre "
            "kunde lyfta, och hen blev sjukskriven på heltid. Under hösten tillkom "
            "sömnproblem, nedstämdhet och en känsla av att inte duga. Vårdcentralen har "
            "konstaterat en medelsvår depression och påbörjat behandling, som enligt läkaren "
            "just börjat ge viss effekt.\n\n"
            "Arbetsgivaren säger att det inte finns några lättare uppgifter på lagret. Någon "
            "plan för återgång i arbete har inte upprättats. Personen har fått ett brev från "
            "Försäkringskassan om att arbetsförmågan efter dag 180 kommer att prövas mot "
            "arbete som är normalt förekommande på arbetsmarknaden. Hen förstår inte vad det "
            "betyder och är rädd att bli av med ersättningen.\n\n"
            "Hemma finns en partner med låg inkomst och två tonåringar. Ekonomin är redan "
            "ansträngd. Personen har ringt socialtjänsten och frågat vad som händer om "
            "pengarna tar slut, men inte ansökt om något.\n\n"
            "Det är nu dag 170 i sjukfallet. Ingen har kallat till något gemensamt möte.\n\n"
            "**Till gruppen:** Vad ser var och en av era organisationer i den här "
            "situationen? Vad vet ni inte om varandra?"
        ),
    },
    {
        "slug": "ung-vuxen-aktivitetsersattning",
        "title": "Ung vuxen med aktivitetsersättning – och ingen plan",
        "kind": "case",
        "tags": ["unga", "aktivitetsersättning", "NPF", "övergångar"],
        "body": (
            "*Avidentifierat och sammansatt fall.*\n\n"
            "En ung vuxen i tjugoårsåldern gick ut gymnasiet med ofullständiga betyg. Under "
            "skoltiden utreddes hen och fick diagnoserna ADHD och social ångest. Direkt efter "
            "gymnasiet beviljades aktivitetsersättning, som sedan förlängts en gång.\n\n"
            "Hen bor kvar hos en förälder, sover ofta bort förmiddagarna och spelar datorspel "
            "på nätterna. Kontakten med psykiatrin avslutades när medicineringen var "
            "inställd. Försäkringskassan har skickat information om möjligheten att delta i "
            "aktiviteter, men hen har inte svarat. Föräldern har hört av sig till "
            "socialtjänsten av oro, eftersom hen inte vill gå utanför dörren.\n\n"
            "När hen själv får frågan säger hen att hen gärna vill jobba med djur eller "
            "teknik någon gång, men att \"allt känns för stort\". Hen har aldrig varit "
            "inskriven hos Arbetsförmedlingen och vet inte vad en arbetsträning innebär.\n\n"
            "**Till gruppen:** Vem borde ta första steget, och hur? Vad kan var och en av era "
            "organisationer erbjuda – och vad kan ni inte?"
        ),
    },
    {
        "slug": "artikel-teamet-som-lades-ner",
        "title": "Artikel: Samverkansteam läggs ner trots goda resultat",
        "kind": "article",
        "tags": ["samordningsförbund", "projekt", "finansiering", "implementering"],
        "body": (
            "*Fiktiv lokaltidningsartikel, skriven som startmaterial.*\n\n"
            "**Lyckat team läggs ner – \"nu bygger vi upp väggarna igen\"**\n\n"
            "I tre år har ett rehabiliteringsteam med personal från vården, "
            "Försäkringskassan, Arbetsförmedlingen och kommunen arbetat tillsammans med "
            "personer som länge stått utanför arbetsmarknaden. Teamet har finansierats av "
            "samordningsförbundet. Utvärderingen visar att fler deltagare än väntat har "
            "kommit i arbete eller studier, och att deltagarna upplever att de för första "
            "gången fått samma besked från alla håll.\n\n"
            "Ändå läggs teamet ner vid årsskiftet. Förbundet har bestämt att pengarna ska gå "
            "till nya satsningar, och ingen av de fyra parterna har velat ta över kostnaden i "
            "sin egen budget.\n\n"
            "– Vi har rivit väggar mellan organisationerna i tre år. Nu säger man att vi ska "
            "äga problemet själva igen, och väggarna kommer tillbaka, säger en "
            "rehabkoordinator som arbetat i teamet.\n\n"
            "En chef hos en av de statliga parterna säger att myndigheten måste prioritera "
            "sitt kärnuppdrag och att resurserna behövs i den ordinarie verksamheten. En "
            "kommunal företrädare menar att kommunen inte kan bära en kostnad som till stor "
            "del ger besparingar hos staten.\n\n"
            "**Att fundera på**\n\n"
            "- Varför är det så svårt att ta över något som fungerar?\n"
            "- Vem borde ha planerat för överlämningen, och när?\n"
            "- Vad skulle din organisation behöva för att säga ja?"
        ),
    },
]

JOURNALS = [
    {
        "author": "sara.malmberg",
        "session_number": 1,
        "body": (
            "Jag märkte att jag försvarade regelverket redan efter tjugo minuter, innan någon "
            "ens hade kritiserat det. Det är nog en vana – vi är ofta de som säger nej. Nästa "
            "gång vill jag försöka lyssna klart innan jag förklarar paragraferna."
        ),
        "shared": False,
    },
    {
        "author": "erik.wallin",
        "session_number": 2,
        "body": (
            "Att se fyra definitioner av arbetsförmåga bredvid varandra var en ögonöppnare. Jag "
            "har skrivit intyg i femton år och trott att jag svarade på Försäkringskassans "
            "fråga, men jag har mest beskrivit det jag själv tycker är viktigt. Jag delar det "
            "här med gruppen eftersom jag tror att fler läkare behöver höra det."
        ),
        "shared": True,
    },
    {
        "author": "lena.strand",
        "session_number": 2,
        "body": (
            "Fallet påminde om så många jag möter. Jag blev arg under träffen när vi pratade om "
            "att ingen tagit initiativ – men jag har inte heller gjort det i liknande "
            "situationer. Vi väntar alla på varandra. Vad skulle krävas för att jag själv ringer "
            "första samtalet?"
        ),
        "shared": False,
    },
    {
        "author": "oskar.blom",
        "session_number": 3,
        "body": (
            "\"Glappet finns i övergångarna, inte inom organisationerna.\" Den meningen tar jag "
            "med mig. Som liten kommun tror vi ofta att vi har korta vägar, men de korta "
            "vägarna går mest inom huset. Delar med gruppen – jag tror vi kan bygga vidare på "
            "det här till nästa gång."
        ),
        "shared": True,
    },
    {
        "author": "maja.karlsson",
        "session_number": 4,
        "body": (
            "Jag var sekreterare i dag och det var svårare än jag trodde att skriva ner det "
            "som sades utan att färga det med vårdens perspektiv. Mycket att lära om hur jag "
            "själv formulerar saker."
        ),
        "shared": False,
    },
    {
        "author": "leila.haddad",
        "session_number": 4,
        "body": (
            "Jag blev berörd av fallet med den unga vuxna. Vi har insatser som skulle passa, "
            "men vi når inte fram om ingen öppnar dörren först. Oskars biblioteksmöte är något "
            "jag vill pröva. Delar med gruppen så att vi kan prata om hur det skulle gå till "
            "praktiskt."
        ),
        "shared": True,
    },
]
