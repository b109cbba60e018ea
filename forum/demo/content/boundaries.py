"""Boundary pages: each organization's mandate, what it must, must not and can do.

``basis`` is 'explicit' when the statement rests on a written rule (``source`` names it) and
'practice' when it is the organization's own interpretation or working practice (``source``
is then None). Legal references are given at the level of detail we are sure of; where a
paragraph number was uncertain only the act is named, or the statement is marked as practice.

``review_due_days`` is an offset from today: negative means the review is overdue.
Page titles come from ``wiki.BOUNDARY_TITLE_FORMAT``.
"""


BOUNDARY_PAGES = {
    "samordningsforbundet-alvdalen": {
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
    },
    "forsakringskassan": {
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
    },
    "arbetsformedlingen": {
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
    },
    "region-alvland": {
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
    },
    "norrkop-socialtjanst": {
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
    },
    "sjoby-socialtjanst": {
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
    },
}
