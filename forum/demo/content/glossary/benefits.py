"""Glossary terms: work ability, the benefits and the rehabilitation chain."""

TERMS = [
    {
        "term_sv": "arbetsförmåga",
        "term_en": "work ability",
        "slug": "arbetsformaga",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Personens förmåga att utföra arbete, bedömd mot den bedömningsgrund som "
                    "gäller vid den tidpunkten i rehabiliteringskedjan: det vanliga arbetet, "
                    "annat arbete hos arbetsgivaren eller arbete som är normalt förekommande "
                    "på arbetsmarknaden. Nedsättningen ska bero på sjukdom och anges i "
                    "fjärdedelar."
                ),
                "text_en": (
                    "The person's ability to work, assessed against the standard that applies at "
                    "that point of the rehabilitation chain: the usual job, other work with the "
                    "employer, or work normally found in the labour market. Any reduction must "
                    "be caused by illness and is expressed in quarters."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§",
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Hur sjukdomen påverkar personens funktion och aktivitet – vad hen klarar "
                    "av att göra, hur länge och under vilka förutsättningar. Läkaren beskriver "
                    "funktionsnedsättning och aktivitetsbegränsning; arbetsterapeuten kan "
                    "observera förmågan i konkreta uppgifter över tid."
                ),
                "text_en": (
                    "How the illness affects the person's functioning and activities – what they "
                    "can do, for how long and under what conditions. The doctor describes "
                    "impairment and activity limitation; an occupational therapist can observe "
                    "ability in concrete tasks over time."
                ),
                "source": None,
            },
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Förmågan att utföra ett arbete som finns att söka, med eller utan "
                    "anpassning eller stöd. En funktionsnedsättning som medför nedsatt "
                    "arbetsförmåga kan ge rätt till särskilda insatser, till exempel lönestöd "
                    "eller stöd av SIUS-konsulent."
                ),
                "text_en": (
                    "The ability to do a job that actually exists, with or without adjustments "
                    "or support. A disability that reduces work ability can give access to "
                    "special measures such as wage subsidies or supported employment."
                ),
                "source": None,
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Frågan om personen kan arbeta och därför ska stå till arbetsmarknadens "
                    "förfogande för att få försörjningsstöd. Socialtjänsten gör en egen "
                    "bedömning utifrån läkarutlåtanden och andra underlag; den följer inte "
                    "automatiskt Försäkringskassans."
                ),
                "text_en": (
                    "Whether the person can work and therefore must be available for work to "
                    "receive income support. Social services make their own assessment based on "
                    "medical statements and other evidence; it does not automatically follow "
                    "the Social Insurance Agency's."
                ),
                "source": None,
            },
            {
                "org_type": "other",
                "text_sv": (
                    "I Norge (NAV) används 'arbeidsevne' som en samlad bedömning av personens "
                    "resurser och begränsningar i förhållande till arbetslivets krav, gjord "
                    "tillsammans med personen som grund för vilken uppföljning hen får."
                ),
                "text_en": (
                    "In Norway (NAV) 'arbeidsevne' is a joint assessment of the person's "
                    "resources and limitations against the demands of working life, made "
                    "together with the person and used to decide what follow-up they get."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "normalt förekommande arbete",
        "term_en": "work normally found in the labour market",
        "slug": "normalt-forekommande-arbete",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Arbeten som är vanligt förekommande på arbetsmarknaden och där kraven är "
                    "rimliga även för den som har vissa begränsningar. Bedömningen görs oavsett "
                    "om det finns en ledig plats och gäller från dag 181, eller från start för "
                    "den som saknar anställning."
                ),
                "text_en": (
                    "Jobs that are common in the labour market and whose demands are reasonable "
                    "even for someone with certain limitations. The assessment is made "
                    "regardless of vacancies and applies from day 181, or from the start for "
                    "people without a job."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 27 kap. 48 §",
            },
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Inget begrepp vi använder i matchningen. När Försäkringskassan bedömt att "
                    "någon klarar ett sådant arbete kan personen ändå behöva lång väg och stöd "
                    "innan ett verkligt jobb är möjligt."
                ),
                "text_en": (
                    "Not a concept we use in matching. When the Social Insurance Agency has "
                    "found that someone can do such work, the person may still need a long way "
                    "and support before a real job is possible."
                ),
                "source": None,
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Något vården inte kan undersöka på mottagningen. Vårt bidrag är att "
                    "beskriva vad patienten klarar så konkret att andra kan relatera det till "
                    "arbetsmarknadens krav."
                ),
                "text_en": (
                    "Something health care cannot examine in the clinic. Our contribution is to "
                    "describe what the patient can do concretely enough for others to relate it "
                    "to the demands of working life."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "sjukpenning",
        "term_en": "sickness benefit",
        "slug": "sjukpenning",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Ersättning från Försäkringskassan när arbetsförmågan är nedsatt med minst "
                    "en fjärdedel på grund av sjukdom. För anställda betalar arbetsgivaren "
                    "sjuklön de första två veckorna."
                ),
                "text_en": (
                    "Benefit paid by the Social Insurance Agency when illness reduces work "
                    "ability by at least a quarter. For employees, the employer pays sick pay "
                    "for the first two weeks."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 27 kap.",
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "En inkomst som går före försörjningsstöd. Saknas sjukpenning undersöker vi "
                    "varför – avslag, för låg inkomst, ansökan som inte gjorts – innan vi prövar "
                    "bistånd."
                ),
                "text_en": (
                    "An income that comes before income support. If sickness benefit is missing, "
                    "we check why – refusal, too low income, no application – before assessing "
                    "assistance."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "rehabiliteringskedjan",
        "term_en": "the rehabilitation chain",
        "slug": "rehabiliteringskedjan",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "De fasta tidpunkterna dag 90, 180 och 365 då bedömningsgrunden för "
                    "arbetsförmågan vidgas. Bedömningarna är kumulativa: en ny grund läggs till "
                    "de tidigare."
                ),
                "text_en": (
                    "The fixed points at day 90, 180 and 365 when the standard for assessing "
                    "work ability widens. The assessments are cumulative: each new standard is "
                    "added to the earlier ones."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§",
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Tidsramar som styr när vi behöver ha beskrivit prognos och planering. För "
                    "långsamma behandlingsförlopp, till exempel depression, kommer tidpunkterna "
                    "ofta för tidigt – därför planerar vi tidigt."
                ),
                "text_en": (
                    "Time frames that decide when we must have described prognosis and plans. "
                    "For slow treatment courses such as depression the points often come too "
                    "early – so we plan early."
                ),
                "source": None,
            },
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Avgör ofta när en person kommer till oss: efter dag 180 om hen bedöms klara "
                    "normalt förekommande arbete och saknar en anställning att gå tillbaka till."
                ),
                "text_en": (
                    "Often decides when a person comes to us: after day 180 if they are found "
                    "able to do work normally found in the labour market and have no job to "
                    "return to."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "aktivitetsersättning",
        "term_en": "activity compensation",
        "slug": "aktivitetsersattning",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Ersättning till unga vuxna upp till 30 år vars arbetsförmåga är nedsatt "
                    "under minst ett år på grund av sjukdom eller funktionsnedsättning, eller "
                    "som behöver förlängd skolgång. Den som har ersättningen ska få möjlighet "
                    "att delta i aktiviteter."
                ),
                "text_en": (
                    "Benefit for young adults under 30 whose work ability is reduced for at "
                    "least a year by illness or disability, or who need extended schooling. "
                    "Recipients should be given the chance to take part in activities."
                ),
                "source": "Socialförsäkringsbalken (2010:110)",
            },
            {
                "org_type": "employment_service",
                "text_sv": (
                    "En grupp som ofta kan ta del av våra insatser när de är redo, men som sällan "
                    "hittar till oss utan att någon öppnar dörren."
                ),
                "text_en": (
                    "A group that can often use our measures when ready, but rarely finds its "
                    "way to us unless someone opens the door."
                ),
                "source": None,
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "En inkomst som påverkar rätten till bistånd, och ofta ett tecken på att den "
                    "unga också kan behöva kommunal sysselsättning eller boendestöd."
                ),
                "text_en": (
                    "An income that affects the right to assistance, and often a sign that the "
                    "young person may also need municipal day activities or housing support."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "sjukersättning",
        "term_en": "sickness compensation",
        "slug": "sjukersattning",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Ersättning från 19 års ålder när arbetsförmågan är stadigvarande nedsatt "
                    "med minst en fjärdedel och alla rehabiliteringsmöjligheter är uttömda."
                ),
                "text_en": (
                    "Benefit from age 19 when work ability is permanently reduced by at least a "
                    "quarter and all rehabilitation options have been exhausted."
                ),
                "source": "Socialförsäkringsbalken (2010:110)",
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Kräver ett läkarutlåtande som visar att nedsättningen är bestående och att "
                    "behandling och rehabilitering har prövats."
                ),
                "text_en": (
                    "Requires a medical statement showing that the reduction is lasting and that "
                    "treatment and rehabilitation have been tried."
                ),
                "source": None,
            },
        ],
    },
]
