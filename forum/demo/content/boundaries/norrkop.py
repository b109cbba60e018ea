"""The boundary page of norrkop-socialtjanst (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Vi är det yttersta skyddsnätet när ingen annan ersättning räcker, och vi arbetar "
        "för att den som får ekonomiskt bistånd ska kunna försörja sig själv. Vi gör vår "
        "egen bedömning – den följer inte automatiskt Försäkringskassans eller vårdens."
    ),
    "mandate_en": (
        "We are the last safety net when no other income is enough, and we work so that "
        "people receiving financial assistance can become self-supporting. We make our own "
        "assessment – it does not automatically follow the Social Insurance Agency's or "
        "health care's."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Pröva rätten till ekonomiskt bistånd för den som inte själv kan tillgodose "
                "sina behov eller få dem tillgodosedda på annat sätt."
            ),
            "text_en": (
                "Assess the right to financial assistance for anyone who cannot meet their "
                "needs themselves or have them met in another way."
            ),
            "basis": "explicit",
            "source": "Socialtjänstlagen (2025:400); jfr SoL (2001:453) 4 kap. 1 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Kräva att den som kan arbeta står till arbetsmarknadens förfogande, om "
                "det inte finns godtagbara skäl som styrkt sjukdom."
            ),
            "text_en": (
                "Require people who can work to be available for work, unless there are "
                "acceptable reasons such as documented illness."
            ),
            "basis": "explicit",
            "source": "Socialtjänstlagen (2025:400); jfr SoL (2001:453) 4 kap. 1 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Tillsammans med Sjöby kommun bidra med en fjärdedel av "
                "samordningsförbundets medel."
            ),
            "text_en": (
                "Together with Sjöby municipality, contribute a quarter of the association's "
                "funds."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 5 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Göra en planering mot egen försörjning tillsammans med den enskilde, "
                "också när personen är sjukskriven."
            ),
            "text_en": (
                "Make a plan towards self-support together with the person, also when they "
                "are on sick leave."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Lämna ut uppgifter ur socialtjänstens akter till andra myndigheter utan "
                "den enskildes samtycke eller lagstöd."
            ),
            "text_en": (
                "Disclose information from social services records to other agencies "
                "without the person's consent or a legal basis."
            ),
            "basis": "explicit",
            "source": "Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Bevilja bistånd för behov som kan tillgodoses på annat sätt, till exempel "
                "genom sjukpenning eller arbetslöshetsersättning som personen har rätt till."
            ),
            "text_en": (
                "Grant assistance for needs that can be met otherwise, for example by "
                "sickness or unemployment benefit the person is entitled to."
            ),
            "basis": "explicit",
            "source": "Socialtjänstlagen (2025:400)",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Bedöma arbetsförmåga med verkan för sjukförsäkringen eller hämta uppgifter "
                "direkt ur vårdens journaler."
            ),
            "text_en": (
                "Assess work ability with effect for sickness insurance, or fetch "
                "information directly from health care records."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Nöja oss med ett läkarintyg som enda planering när någon är sjukskriven "
                "under lång tid; vi behöver veta vad som ska hända och när."
            ),
            "text_en": (
                "Accept a medical certificate as the only plan when someone is on long sick "
                "leave; we need to know what is going to happen and when."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Begära att den som får försörjningsstöd deltar i praktik eller annan "
                "kompetenshöjande verksamhet när Arbetsförmedlingen inte har erbjudit en "
                "lämplig insats."
            ),
            "text_en": (
                "Ask people receiving income support to take part in work practice or other "
                "skill-building activity when the employment service has not offered a "
                "suitable measure."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Bevilja bistånd till livsföringen i övrigt, till exempel kostnader som gör "
                "det möjligt att delta i rehabilitering."
            ),
            "text_en": (
                "Grant assistance for other living costs, for example costs that make it "
                "possible to take part in rehabilitation."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Erbjuda arbetsmarknadsinsatser och social rehabilitering i kommunal regi "
                "genom arbetsmarknadsenheten."
            ),
            "text_en": (
                "Offer labour market activities and social rehabilitation run by the "
                "municipality's employment unit."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Bjuda in Försäkringskassan, Arbetsförmedlingen och vården till gemensam "
                "planering när den enskilde samtycker."
            ),
            "text_en": (
                "Invite the Social Insurance Agency, the employment service and health care "
                "to joint planning when the person consents."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Vad försörjningsstödet kräver av den som är sjukskriven",
            "contact": "lena.strand",
            "response_time": "2 arbetsdagar",
        },
        {
            "topic": "Samverkan kring ekonomiskt bistånd",
            "contact": "ekonomisktbistand@kommun-a.example",
            "response_time": "2 arbetsdagar",
        },
    ],
    "review_due_days": 55,
}
