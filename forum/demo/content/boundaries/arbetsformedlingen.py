"""The boundary page of arbetsformedlingen (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Vi hjälper arbetssökande till arbete och arbetsgivare till rätt kompetens. För den "
        "som har en funktionsnedsättning eller lång sjukskrivning bakom sig erbjuder vi "
        "arbetslivsinriktad rehabilitering – men vi bedömer inte rätten till sjukpenning."
    ),
    "mandate_en": (
        "We help job seekers into work and employers to the right skills. For people with "
        "a disability or a long sick leave behind them we offer vocational rehabilitation – "
        "but we do not assess the right to sickness benefit."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Erbjuda stöd och insatser till arbetssökande som har en "
                "funktionsnedsättning som medför nedsatt arbetsförmåga, inklusive "
                "arbetslivsinriktad rehabilitering."
            ),
            "text_en": (
                "Offer support to job seekers whose disability reduces their work ability, "
                "including vocational rehabilitation."
            ),
            "basis": "explicit",
            "source": "Förordning (2000:628) om den arbetsmarknadspolitiska verksamheten",
        },
        {
            "section": "must",
            "text_sv": (
                "Anvisa till arbetsmarknadspolitiska program när det behövs för att den "
                "arbetssökande ska komma närmare arbete."
            ),
            "text_en": (
                "Refer job seekers to labour market programmes when needed to bring them "
                "closer to work."
            ),
            "basis": "explicit",
            "source": "Lag (2000:625) om arbetsmarknadspolitiska program",
        },
        {
            "section": "must",
            "text_sv": (
                "Pröva om den som får arbetslöshetsersättning står till arbetsmarknadens "
                "förfogande och meddela arbetslöshetskassan när så inte är fallet."
            ),
            "text_en": (
                "Check whether people receiving unemployment benefit are available for work "
                "and notify the unemployment fund when they are not."
            ),
            "basis": "explicit",
            "source": "Lag (1997:238) om arbetslöshetsförsäkring; förordning (2000:628)",
        },
        {
            "section": "must",
            "text_sv": (
                "Delta i samordningsförbundets arbete, vilket regeringen återkommande anger "
                "i Arbetsförmedlingens regleringsbrev."
            ),
            "text_en": (
                "Take part in the association's work, as the government repeatedly sets out "
                "in the agency's annual appropriation letter."
            ),
            "basis": "explicit",
            "source": "Arbetsförmedlingens regleringsbrev",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Bedöma arbetsförmåga i sjukförsäkringens mening eller uttala oss om rätten "
                "till sjukpenning – det gör Försäkringskassan."
            ),
            "text_en": (
                "Assess work ability in the sense used by sickness insurance or comment on "
                "the right to sickness benefit – that is for the Social Insurance Agency."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Lämna ut uppgifter om en arbetssökande till andra myndigheter utan "
                "samtycke eller lagstöd."
            ),
            "text_en": (
                "Disclose information about a job seeker to other agencies without consent "
                "or a legal basis."
            ),
            "basis": "explicit",
            "source": "Offentlighets- och sekretesslagen (2009:400)",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Finansiera medicinsk behandling eller insatser som ligger inom hälso- och "
                "sjukvårdens ansvar."
            ),
            "text_en": (
                "Fund medical treatment or measures that belong to health care."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Säga att någon är 'för sjuk för att skrivas in'; den som vill arbeta får "
                "skriva in sig, och planeringen anpassas efter förmågan."
            ),
            "text_en": (
                "Tell someone they are 'too ill to register'; anyone who wants to work may "
                "register, and the plan is adapted to what they can do."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Erbjuda kartläggning, arbetspsykologisk utredning, arbetsträning och stöd "
                "av SIUS-konsulent när personen är redo för arbetsplatsnära insatser."
            ),
            "text_en": (
                "Offer assessment, a work psychologist's evaluation, work training and "
                "supported employment when the person is ready for workplace-based steps."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Göra en gemensam kartläggning med Försäkringskassan innan eller strax efter "
                "att sjukpenningen upphör, om personen samtycker."
            ),
            "text_en": (
                "Carry out a joint assessment with the Social Insurance Agency before or "
                "just after sickness benefit ends, if the person consents."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Lägga upp en planering på deltid eller med en långsammare takt när "
                "vården beskriver vad personen klarar."
            ),
            "text_en": (
                "Set up a part-time or slower-paced plan when health care describes what the "
                "person can manage."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Delta i avstämningsmöten och gemensamma planeringsmöten när vi får veta i "
                "förväg vilket ärende det gäller, så att rätt kollega kan vara med."
            ),
            "text_en": (
                "Join reconciliation and joint planning meetings when we know in advance "
                "which case it concerns, so the right colleague can attend."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Vad Arbetsförmedlingen kan och inte kan erbjuda",
            "contact": "mikael.astrom",
            "response_time": "3 arbetsdagar",
        },
        {
            "topic": "Arbetslivsinriktad rehabilitering i Norrköp och Sjöby",
            "contact": "rehab.norrkop@af.example",
            "response_time": "2 arbetsdagar",
        },
        {
            "topic": "Överlämning från Försäkringskassan",
            "contact": "leila.haddad",
            "response_time": "2 arbetsdagar",
        },
    ],
    "review_due_days": 18,
}
