"""The boundary page of samordningsforbundet-alvdalen (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Vi finns till för personer som behöver samordnade insatser från flera av våra "
        "medlemmar för att komma närmare arbete. Vi fördelar den gemensamma budgeten och "
        "bygger de strukturer – team, utbildning, mötesplatser – där medlemmarna kan "
        "samverka, men vi tar aldrig över någon medlems eget ansvar."
    ),
    "mandate_en": (
        "We exist for people who need coordinated support from several of our members to "
        "move closer to work. We allocate the pooled budget and build the structures – "
        "teams, training, meeting places – where members can work together, but we never "
        "take over a member's own responsibility."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Använda medlen till insatser för personer som behöver samordnade "
                "rehabiliteringsinsatser, med målet att de ska uppnå eller förbättra sin "
                "förmåga att förvärvsarbeta."
            ),
            "text_en": (
                "Use the funds for people who need coordinated rehabilitation, with the aim "
                "that they gain or improve their ability to work for a living."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 2 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Finansieras enligt lagens fördelning: Försäkringskassan hälften (statens "
                "andel, som också täcker Arbetsförmedlingen), regionen en fjärdedel och "
                "kommunerna tillsammans en fjärdedel."
            ),
            "text_en": (
                "Be funded in the statutory shares: the Social Insurance Agency half (the "
                "state's share, which also covers the Public Employment Service), the region "
                "a quarter and the municipalities together a quarter."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 5 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Ha en styrelse där ledamöterna utses av medlemmarna – förtroendevalda "
                "från kommun och region samt anställda vid Försäkringskassan och "
                "Arbetsförmedlingen."
            ),
            "text_en": (
                "Have a board whose members are appointed by the partners – elected "
                "representatives of the municipalities and the region, and employees of the "
                "two state agencies."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 12 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Upprätta budget, följa upp och utvärdera de insatser vi finansierar och "
                "lämna årsredovisning som granskas av revisorer."
            ),
            "text_en": (
                "Draw up a budget, follow up and evaluate what we fund, and produce an "
                "annual report that is audited."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210)",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Fatta beslut i enskilda ärenden eller på annat sätt överta en medlems "
                "myndighetsutövning; besluten om ersättning fattas alltid hos medlemmen."
            ),
            "text_en": (
                "Decide individual cases or otherwise take over a member's exercise of "
                "public authority; benefit decisions are always made by the member."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Betala för det som redan ingår i en medlems ordinarie uppdrag – pengarna "
                "ska ge något som ingen av parterna kan åstadkomma ensam."
            ),
            "text_en": (
                "Pay for what already belongs to a member's ordinary mandate – the money "
                "must achieve something none of the partners can do alone."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Bli en femte myndighet som permanent driver verksamhet i medlemmarnas "
                "ställe; det som fungerar ska på sikt ägas av medlemmarna."
            ),
            "text_en": (
                "Become a fifth agency that permanently runs services instead of the "
                "members; what works should in time be owned by the members."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Samla in eller lagra uppgifter om enskilda deltagare i forumet; här "
                "diskuteras mönster och regler, aldrig personer."
            ),
            "text_en": (
                "Collect or store information about individual clients in the forum; here "
                "we discuss patterns and rules, never people."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Finansiera strukturell samverkan: gemensamma utbildningar, PBL-grupper, "
                "det här forumet och gemensamma planeringsmöten."
            ),
            "text_en": (
                "Fund structural collaboration: joint training, PBL groups, this forum and "
                "joint planning meetings."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Finansiera ett samverkansteam där personal från medlemmarna arbetar "
                "tillsammans med personer som har behov av stöd från minst två parter."
            ),
            "text_en": (
                "Fund a joint team in which staff from the members work together with people "
                "who need support from at least two partners."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Köpa loss tid från en medlems personal, till exempel en arbetsförmedlare "
                "med samordnande roll, när en medlem har svårt att bemanna samverkan."
            ),
            "text_en": (
                "Buy time from a member's staff, for example an employment officer in a "
                "coordinating role, when a member struggles to staff the collaboration."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Lyfta frågor där medlemmarnas regler krockar till beredningsgruppen och "
                "styrelsen, så att de hanteras på rätt nivå."
            ),
            "text_en": (
                "Raise issues where the members' rules collide with the preparatory group "
                "and the board, so they are handled at the right level."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Vem ska jag vända mig till hos en annan part?",
            "contact": "helena.sjoberg",
            "response_time": "1 arbetsdag",
        },
        {
            "topic": "Anmälan till samverkansteamet (med personens samtycke)",
            "contact": "kansliet@samordning.example",
            "response_time": "3 arbetsdagar",
        },
        {
            "topic": "Konton, grupper och behörigheter i forumet",
            "contact": "admin",
            "response_time": "1 arbetsdag",
        },
    ],
    "review_due_days": 74,
}
