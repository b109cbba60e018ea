"""The boundary page of sjoby-socialtjanst (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Samma uppdrag som socialtjänsten i alla kommuner: ekonomiskt bistånd som yttersta "
        "skyddsnät och stöd mot ett självständigt liv. Som liten kommun har vi korta vägar "
        "och få specialister – ofta gör en socialsekreterare allt."
    ),
    "mandate_en": (
        "The same mandate as social services everywhere: financial assistance as the last "
        "safety net and support towards an independent life. As a small municipality we "
        "have short paths and few specialists – one social worker often does everything."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Pröva rätten till ekonomiskt bistånd när den enskilde inte själv kan "
                "tillgodose sina behov."
            ),
            "text_en": (
                "Assess the right to financial assistance when people cannot meet their own "
                "needs."
            ),
            "basis": "explicit",
            "source": "Socialtjänstlagen (2025:400)",
        },
        {
            "section": "must",
            "text_sv": (
                "Tillsammans med Norrköp kommun bidra med kommunernas fjärdedel av "
                "förbundets medel."
            ),
            "text_en": (
                "Together with Norrköp, contribute the municipalities' quarter of the "
                "association's funds."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 5 §",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Lämna uppgifter om enskilda till andra myndigheter utan samtycke eller "
                "lagstöd."
            ),
            "text_en": (
                "Share information about individuals with other agencies without consent or "
                "a legal basis."
            ),
            "basis": "explicit",
            "source": "Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Ersätta en utebliven sjukpenning utan att först ha utrett om personen har "
                "rätt till annan ersättning."
            ),
            "text_en": (
                "Replace a missing sickness benefit without first checking whether the "
                "person is entitled to another benefit."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Träffa den enskilde tillsammans med andra parter på neutral mark, till "
                "exempel i hemmet eller på biblioteket, när det sänker trösklarna."
            ),
            "text_en": (
                "Meet the person together with other partners on neutral ground, at home or "
                "in the library, when that lowers the threshold."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Anmäla behov till samverkansteamet när den enskilde samtycker och behöver "
                "stöd från minst två parter."
            ),
            "text_en": (
                "Refer to the joint team when the person consents and needs support from at "
                "least two partners."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Ekonomiskt bistånd och social rehabilitering i Sjöby",
            "contact": "oskar.blom",
            "response_time": "3 arbetsdagar",
        },
    ],
    "review_due_days": -9,
}
