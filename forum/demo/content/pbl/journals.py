"""Reflection journal entries of the demo PBL group (private unless shared)."""

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
