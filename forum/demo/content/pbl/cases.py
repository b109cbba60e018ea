"""Trigger material for the demo PBL group: anonymized cases, summaries, rule changes."""

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
