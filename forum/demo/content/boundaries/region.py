"""The boundary page of region-alvland (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Vi utreder, behandlar och rehabiliterar, och vi beskriver i läkarintyget hur "
        "sjukdomen påverkar patientens förmåga. Vi fattar inga beslut om ersättning, men "
        "utan ett bra medicinskt underlag kan ingen annan göra sitt jobb."
    ),
    "mandate_en": (
        "We assess, treat and rehabilitate, and in the medical certificate we describe how "
        "the illness affects the patient's abilities. We make no benefit decisions, but "
        "without good medical evidence nobody else can do their job."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Bedriva hälso- och sjukvård som uppfyller kraven på god vård, med "
                "patientens behov av trygghet, kontinuitet och säkerhet i centrum."
            ),
            "text_en": (
                "Provide health care that meets the standard of good care, centred on the "
                "patient's need for security, continuity and safety."
            ),
            "basis": "explicit",
            "source": "Hälso- och sjukvårdslagen (2017:30) 5 kap. 1 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Erbjuda koordineringsinsatser till sjukskrivna patienter som behöver det "
                "för att kunna återgå i arbete."
            ),
            "text_en": (
                "Offer coordination support to patients on sick leave who need it to return "
                "to work."
            ),
            "basis": "explicit",
            "source": "Lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter",
        },
        {
            "section": "must",
            "text_sv": (
                "Föra patientjournal, där bedömningar och planering som ligger till grund "
                "för läkarintyget dokumenteras."
            ),
            "text_en": (
                "Keep patient records in which the assessments and plans behind the medical "
                "certificate are documented."
            ),
            "basis": "explicit",
            "source": "Patientdatalagen (2008:355) 3 kap.",
        },
        {
            "section": "must",
            "text_sv": (
                "Bidra med en fjärdedel av samordningsförbundets medel."
            ),
            "text_en": "Contribute a quarter of the association's funds.",
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 5 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Beskriva funktionsnedsättning, aktivitetsbegränsning och planerad "
                "behandling konkret i läkarintyget, inte bara diagnos och omfattning."
            ),
            "text_en": (
                "Describe impairment, activity limitation and planned treatment concretely in "
                "the medical certificate, not just diagnosis and extent."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Lämna ut uppgifter om en patients hälsotillstånd till andra myndigheter "
                "utan patientens samtycke eller lagstöd."
            ),
            "text_en": (
                "Disclose information about a patient's health to other agencies without "
                "the patient's consent or a legal basis."
            ),
            "basis": "explicit",
            "source": "Offentlighets- och sekretesslagen (2009:400) 25 kap. 1 §",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Besluta om sjukpenning eller lova patienten ett visst utfall – läkaren "
                "intygar, Försäkringskassan beslutar."
            ),
            "text_en": (
                "Decide on sickness benefit or promise the patient an outcome – the doctor "
                "certifies, the Social Insurance Agency decides."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Sjukskriva på grund av arbetslöshet, ekonomi eller sociala problem som "
                "inte beror på sjukdom; sådana behov hör hemma hos andra aktörer."
            ),
            "text_en": (
                "Issue sick notes because of unemployment, money or social problems not "
                "caused by illness; such needs belong with other actors."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Låta rehabkoordinatorn ta över Försäkringskassans samordningsansvar; "
                "koordinatorn samordnar inom vården och är kontaktväg utåt."
            ),
            "text_en": (
                "Let the rehabilitation coordinator take over the Social Insurance Agency's "
                "coordinating role; the coordinator coordinates within health care and is "
                "the contact point outwards."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Låta arbetsterapeut eller fysioterapeut göra en aktivitetsbedömning som "
                "komplement till läkarintyget när arbetsförmågan är svår att beskriva."
            ),
            "text_en": (
                "Have an occupational therapist or physiotherapist carry out an activity "
                "assessment to complement the certificate when work ability is hard to "
                "describe."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Föreslå avstämningsmöte för Försäkringskassan, helst i god tid före dag "
                "180, och delta på arbetstid."
            ),
            "text_en": (
                "Suggest a reconciliation meeting to the Social Insurance Agency, preferably "
                "well before day 180, and attend during working hours."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Anmäla behov till samordningsförbundets samverkansteam när patienten "
                "samtycker och behöver stöd från flera parter."
            ),
            "text_en": (
                "Refer to the association's joint team when the patient consents and needs "
                "support from several partners."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Använda Socialstyrelsens försäkringsmedicinska beslutsstöd som stöd för "
                "sjukskrivningens längd och innehåll, med avvikelser motiverade i intyget."
            ),
            "text_en": (
                "Use the national insurance medicine guidance to inform the length and "
                "content of sick leave, with deviations explained in the certificate."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Regionens rutiner för sjukskrivning och koordineringsinsatser",
            "contact": "annika.borg",
            "response_time": "3 arbetsdagar",
        },
        {
            "topic": "Kontakt med rehabkoordinator på vårdcentralen",
            "contact": "maja.karlsson",
            "response_time": "2 arbetsdagar",
        },
        {
            "topic": "Samverkan kring patienter i allmänpsykiatrin",
            "contact": "psykiatri.samverkan@region.example",
            "response_time": "5 arbetsdagar",
        },
    ],
    "review_due_days": 96,
}
