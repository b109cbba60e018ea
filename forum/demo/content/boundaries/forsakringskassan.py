"""The boundary page of forsakringskassan (see forum.demo.content.boundaries)."""

PAGE = {
    "mandate_sv": (
        "Vi prövar rätten till sjukpenning och andra ersättningar vid sjukdom och bedömer "
        "arbetsförmågan enligt rehabiliteringskedjan. Vi samordnar de insatser som behövs "
        "för återgång i arbete, men vi utför sällan insatserna själva – där behöver vi er."
    ),
    "mandate_en": (
        "We decide on sickness benefit and other benefits in case of illness and assess "
        "work ability along the rehabilitation chain. We coordinate the measures needed for "
        "a return to work, but we rarely deliver them ourselves – that is where we need you."
    ),
    "statements": [
        {
            "section": "must",
            "text_sv": (
                "Bedöma arbetsförmågan mot rehabiliteringskedjans bedömningsgrunder: det "
                "vanliga arbetet, annat arbete hos arbetsgivaren från dag 91 och arbete som "
                "är normalt förekommande på arbetsmarknaden från dag 181."
            ),
            "text_en": (
                "Assess work ability against the stages of the rehabilitation chain: the "
                "usual job, other work with the employer from day 91, and work normally "
                "found in the labour market from day 181."
            ),
            "basis": "explicit",
            "source": "Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§",
        },
        {
            "section": "must",
            "text_sv": (
                "Samordna och utöva tillsyn över de rehabiliteringsinsatser som behövs, och "
                "tillsammans med den försäkrade se till att behovet av rehabilitering "
                "klarläggs så tidigt som möjligt."
            ),
            "text_en": (
                "Coordinate and oversee the rehabilitation measures needed and, together "
                "with the insured person, make sure the need for rehabilitation is "
                "clarified as early as possible."
            ),
            "basis": "explicit",
            "source": "Socialförsäkringsbalken (2010:110) 30 kap.",
        },
        {
            "section": "must",
            "text_sv": (
                "Motivera våra beslut så att den enskilde och andra som möter personen kan "
                "förstå varför vi har bedömt som vi gjort."
            ),
            "text_en": (
                "Give reasons for our decisions so that the person, and others who meet "
                "them, can understand why we assessed as we did."
            ),
            "basis": "explicit",
            "source": "Förvaltningslagen (2017:900) 32 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Betala ut statens andel av samordningsförbundets medel, det vill säga "
                "hälften av budgeten, för både Försäkringskassan och Arbetsförmedlingen."
            ),
            "text_en": (
                "Pay the state's share of the association's funds – half of the budget – on "
                "behalf of both ourselves and the Public Employment Service."
            ),
            "basis": "explicit",
            "source": "FINSAM (2003:1210) 5 §",
        },
        {
            "section": "must",
            "text_sv": (
                "Svara på frågor till Försäkringskassan i forumets gemensamma utrymmen "
                "inom två arbetsdagar, även när svaret är att vi inte kan diskutera saken "
                "utan samtycke."
            ),
            "text_en": (
                "Answer questions addressed to us in the shared spaces within two working "
                "days, even when the answer is that we cannot discuss it without consent."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Lämna uppgifter om en försäkrad till en annan myndighet utan den "
                "försäkrades samtycke eller särskilt lagstöd."
            ),
            "text_en": (
                "Disclose information about an insured person to another agency without "
                "their consent or a specific legal basis."
            ),
            "basis": "explicit",
            "source": "Offentlighets- och sekretesslagen (2009:400) 28 kap. 1 §",
        },
        {
            "section": "must_not",
            "text_sv": (
                "Låta bli att pröva mot normalt förekommande arbete efter dag 180 enbart för "
                "att en insats pågår eller för att personen saknar ett konkret jobb att söka."
            ),
            "text_en": (
                "Refrain from assessing against work normally found in the labour market "
                "after day 180 merely because a measure is under way or because there is no "
                "concrete job to apply for."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Överlåta beslutet om sjukpenning till vården, samverkansteamet eller "
                "någon annan – läkarintyget är ett underlag, beslutet är vårt."
            ),
            "text_en": (
                "Hand the sickness benefit decision to health care, the joint team or anyone "
                "else – the medical certificate is evidence, the decision is ours."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "must_not",
            "text_sv": (
                "Bekosta medicinsk behandling eller ställa diagnoser; det ansvaret ligger "
                "hos hälso- och sjukvården."
            ),
            "text_en": (
                "Pay for medical treatment or make diagnoses; that responsibility lies with "
                "health care."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Göra undantag från prövningen mot normalt förekommande arbete vid dag 180 "
                "om det finns särskilda skäl eller om det vore oskäligt, till exempel när "
                "det är sannolikt att personen kan återgå hos sin arbetsgivare."
            ),
            "text_en": (
                "Make exceptions to the day-180 assessment against work normally found in "
                "the labour market when there are special reasons or it would be "
                "unreasonable, for example when a return to the employer is likely."
            ),
            "basis": "explicit",
            "source": "Socialförsäkringsbalken (2010:110) 27 kap. 48 §",
        },
        {
            "section": "can",
            "text_sv": (
                "Kalla till avstämningsmöte med den försäkrade, vården, arbetsgivaren och "
                "vid behov Arbetsförmedlingen – även på förslag från vården."
            ),
            "text_en": (
                "Call a reconciliation meeting with the insured person, health care, the "
                "employer and, when needed, the employment service – also at the suggestion "
                "of health care."
            ),
            "basis": "explicit",
            "source": "Socialförsäkringsbalken (2010:110)",
        },
        {
            "section": "can",
            "text_sv": (
                "Förklara hur undantagen vid dag 180 brukar prövas: det som oftast avgör är "
                "ett konkret medicinskt underlag om förväntad förbättring och en realistisk "
                "plan för återgång."
            ),
            "text_en": (
                "Explain how the day-180 exceptions are usually assessed: what most often "
                "decides is concrete medical evidence of expected improvement and a "
                "realistic plan for returning to work."
            ),
            "basis": "practice",
            "source": None,
        },
        {
            "section": "can",
            "text_sv": (
                "Göra en gemensam kartläggning med Arbetsförmedlingen, med personens "
                "samtycke, så att ingen behöver börja om när sjukpenningen upphör."
            ),
            "text_en": (
                "Carry out a joint assessment with the employment service, with the "
                "person's consent, so nobody has to start over when sickness benefit ends."
            ),
            "basis": "practice",
            "source": None,
        },
    ],
    "ask_us": [
        {
            "topic": "Rehabiliteringskedjan och bedömningen vid dag 180",
            "contact": "jonas.ek",
            "response_time": "2 arbetsdagar",
        },
        {
            "topic": "Förslag om avstämningsmöte från vården",
            "contact": "sjukforsakring.alvdalen@fk.example",
            "response_time": "2 arbetsdagar",
        },
        {
            "topic": "Kompletteringar av läkarintyg",
            "contact": "sara.malmberg",
            "response_time": "3 arbetsdagar",
        },
    ],
    "review_due_days": 41,
}
