"""Shared glossary: one concept, each organization type's own definition side by side.

``org_type`` in a definition is an organization type ('social_insurance',
'employment_service', 'healthcare', 'municipal_social_services',
'coordination_association' or 'other').
"""

GLOSSARY = [
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
    {
        "term_sv": "arbetslivsinriktad rehabilitering",
        "term_en": "vocational rehabilitation",
        "slug": "arbetslivsinriktad-rehabilitering",
        "definitions": [
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Insatser som hjälper en person med nedsatt arbetsförmåga att få eller "
                    "behålla ett arbete: kartläggning, arbetspsykologisk utredning, "
                    "arbetsträning och stöd på arbetsplatsen."
                ),
                "text_en": (
                    "Measures that help a person with reduced work ability get or keep a job: "
                    "assessment, a work psychologist's evaluation, work training and workplace "
                    "support."
                ),
                "source": None,
            },
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Insatser som Försäkringskassan kan samordna och ibland köpa för att "
                    "underlätta återgång i arbete, till exempel arbetsträning hos arbetsgivaren "
                    "med rehabiliteringsersättning."
                ),
                "text_en": (
                    "Measures the Social Insurance Agency can coordinate and sometimes buy to "
                    "ease a return to work, for example work training with the employer paid as "
                    "rehabilitation benefit."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 30 kap.",
            },
            {
                "org_type": "coordination_association",
                "text_sv": (
                    "Det steg där flera parter oftast behöver vara med samtidigt, och där "
                    "förbundets team gör störst nytta."
                ),
                "text_en": (
                    "The stage where several partners most often need to be involved at once, "
                    "and where the association's team helps most."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "medicinsk rehabilitering",
        "term_en": "medical rehabilitation",
        "slug": "medicinsk-rehabilitering",
        "definitions": [
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Behandling och träning som syftar till att återvinna eller förbättra "
                    "fysisk, psykisk och kognitiv funktion, till exempel fysioterapi, "
                    "samtalsbehandling och arbetsterapi."
                ),
                "text_en": (
                    "Treatment and training to regain or improve physical, mental and cognitive "
                    "function, for example physiotherapy, talking therapy and occupational "
                    "therapy."
                ),
                "source": "Hälso- och sjukvårdslagen (2017:30)",
            },
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Vårdens ansvar. Vi behöver veta vilken medicinsk rehabilitering som pågår "
                    "och när den förväntas ge effekt, eftersom det påverkar bedömningen."
                ),
                "text_en": (
                    "Health care's responsibility. We need to know what medical rehabilitation "
                    "is under way and when it is expected to work, since that affects the "
                    "assessment."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "social rehabilitering",
        "term_en": "social rehabilitation",
        "slug": "social-rehabilitering",
        "definitions": [
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Stöd som gör vardagen hållbar nog för att andra steg ska vara möjliga: "
                    "boende, ekonomi, struktur, sociala kontakter och missbruksbehandling."
                ),
                "text_en": (
                    "Support that makes daily life stable enough for other steps to be possible: "
                    "housing, money, routines, social contacts and addiction treatment."
                ),
                "source": None,
            },
            {
                "org_type": "coordination_association",
                "text_sv": (
                    "Ofta det som saknas när en person fastnar: utan den hjälper varken "
                    "medicinska eller arbetslivsinriktade insatser."
                ),
                "text_en": (
                    "Often what is missing when someone gets stuck: without it neither medical "
                    "nor vocational measures help."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "ekonomiskt bistånd",
        "term_en": "financial assistance",
        "slug": "ekonomiskt-bistand",
        "definitions": [
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Samhällets yttersta skyddsnät: bistånd till försörjning och livsföring i "
                    "övrigt för den som inte kan tillgodose sina behov på annat sätt. Omfattar "
                    "försörjningsstöd och bistånd till enstaka behov."
                ),
                "text_en": (
                    "Society's last safety net: support for living costs and other needs for "
                    "people who cannot meet them in another way. Covers income support and "
                    "assistance for one-off needs."
                ),
                "source": "Socialtjänstlagen (2025:400)",
            },
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Något vi inte beslutar om, men som ofta förutsätter att personen är "
                    "inskriven hos oss. Därför behöver vi och socialtjänsten samma bild av "
                    "planeringen."
                ),
                "text_en": (
                    "Not something we decide on, but it often requires the person to be "
                    "registered with us. So we and social services need the same picture of "
                    "the plan."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "försörjningsstöd",
        "term_en": "income support",
        "slug": "forsorjningsstod",
        "definitions": [
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Den del av ekonomiskt bistånd som täcker löpande levnadskostnader enligt "
                    "riksnormen och skäliga boendekostnader. Kräver som huvudregel att den som "
                    "kan arbeta står till arbetsmarknadens förfogande."
                ),
                "text_en": (
                    "The part of financial assistance covering regular living costs according to "
                    "the national standard, plus reasonable housing costs. As a rule it requires "
                    "people who can work to be available for work."
                ),
                "source": "Socialtjänstlagen (2025:400)",
            },
        ],
    },
    {
        "term_sv": "stå till arbetsmarknadens förfogande",
        "term_en": "be available for work",
        "slug": "sta-till-arbetsmarknadens-forfogande",
        "definitions": [
            {
                "org_type": "employment_service",
                "text_sv": (
                    "Att kunna och vilja ta ett lämpligt arbete, söka arbete aktivt och följa "
                    "sin handlingsplan – ett villkor för arbetslöshetsersättning som vi "
                    "kontrollerar."
                ),
                "text_en": (
                    "Being able and willing to take suitable work, looking for work actively and "
                    "following one's action plan – a condition for unemployment benefit that we "
                    "check."
                ),
                "source": "Lag (1997:238) om arbetslöshetsförsäkring",
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Ett villkor för försörjningsstöd för den som kan arbeta. Godtagbara skäl, "
                    "till exempel styrkt sjukdom, kan göra att kravet inte gäller – men då "
                    "behövs en annan planering."
                ),
                "text_en": (
                    "A condition for income support for people who can work. Acceptable reasons, "
                    "such as documented illness, can lift the requirement – but then another "
                    "plan is needed."
                ),
                "source": "Socialtjänstlagen (2025:400)",
            },
        ],
    },
    {
        "term_sv": "läkarintyg",
        "term_en": "medical certificate",
        "slug": "lakarintyg",
        "definitions": [
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Läkarens beskrivning av diagnos, undersökningsfynd, funktionsnedsättning, "
                    "aktivitetsbegränsning, pågående behandling och prognos. Ett underlag – "
                    "inte ett beslut."
                ),
                "text_en": (
                    "The doctor's account of diagnosis, findings, impairment, activity "
                    "limitation, ongoing treatment and prognosis. Evidence – not a decision."
                ),
                "source": None,
            },
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Det viktigaste medicinska underlaget för bedömningen av arbetsförmåga; "
                    "krävs från och med den åttonde dagen i sjukperioden. Kopplingen mellan "
                    "observationer och aktivitetsbegränsning avgör ofta om det räcker."
                ),
                "text_en": (
                    "The main medical evidence for assessing work ability; required from the "
                    "eighth day of sick leave. The link between findings and activity "
                    "limitation often decides whether it is enough."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 27 kap.",
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Ett underlag för att bedöma om det finns godtagbara skäl att inte stå till "
                    "arbetsmarknadens förfogande. Personen lämnar det själv eller samtycker "
                    "till att vi kontaktar vården."
                ),
                "text_en": (
                    "Evidence for assessing whether there are acceptable reasons not to be "
                    "available for work. The person hands it in or consents to us contacting "
                    "health care."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "samordningsförbund",
        "term_en": "coordination association",
        "slug": "samordningsforbund",
        "definitions": [
            {
                "org_type": "coordination_association",
                "text_sv": (
                    "Ett eget rättssubjekt där Försäkringskassan, Arbetsförmedlingen, region "
                    "och kommuner är medlemmar och bedriver finansiell samordning med gemensam "
                    "budget."
                ),
                "text_en": (
                    "A separate legal entity in which the Social Insurance Agency, the "
                    "employment service, the region and municipalities are members and pool a "
                    "budget."
                ),
                "source": "FINSAM (2003:1210) 4 §",
            },
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "En samverkansarena där vi betalar statens andel och har ett särskilt "
                    "ansvar att återrapportera till regeringen."
                ),
                "text_en": (
                    "A collaboration arena to which we pay the state's share and for which we "
                    "report back to the government."
                ),
                "source": "FINSAM (2003:1210) 5 §",
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Ett sätt att dela kostnaden för insatser som vi annars hade fått bära "
                    "ensamma, och en väg in till de statliga myndigheterna."
                ),
                "text_en": (
                    "A way to share the cost of measures we would otherwise carry alone, and a "
                    "way in to the state agencies."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "koordinator",
        "term_en": "coordinator",
        "slug": "koordinator",
        "definitions": [
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Rehabkoordinator: vårdens funktion för koordineringsinsatser till "
                    "sjukskrivna patienter – stöd till patienten, samordning inom vården och "
                    "kontaktväg mot arbetsgivare och Försäkringskassan."
                ),
                "text_en": (
                    "Rehabilitation coordinator: health care's function for coordination support "
                    "to patients on sick leave – support to the patient, coordination within "
                    "health care and contact point to employers and the Social Insurance Agency."
                ),
                "source": "Lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter",
            },
            {
                "org_type": "coordination_association",
                "text_sv": (
                    "Förbundets samordnare eller förbundschef, som håller ihop styrelse, "
                    "beredningsgrupp och insatser – inte en handläggare för enskilda."
                ),
                "text_en": (
                    "The association's coordinator or director, who holds the board, the "
                    "preparatory group and the activities together – not a case worker for "
                    "individuals."
                ),
                "source": None,
            },
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Vi använder inte titeln, men Försäkringskassan har samordningsansvaret för "
                    "rehabiliteringen i det enskilda sjukfallet."
                ),
                "text_en": (
                    "We don't use the title, but the Social Insurance Agency holds the "
                    "coordinating responsibility for rehabilitation in each sick-leave case."
                ),
                "source": "Socialförsäkringsbalken (2010:110) 30 kap.",
            },
        ],
    },
    {
        "term_sv": "avstämningsmöte",
        "term_en": "reconciliation meeting",
        "slug": "avstamningsmote",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Ett möte som Försäkringskassan kallar till med den försäkrade och till "
                    "exempel läkare, arbetsgivare och Arbetsförmedlingen för att klarlägga "
                    "arbetsförmåga och rehabiliteringsbehov."
                ),
                "text_en": (
                    "A meeting the Social Insurance Agency calls with the insured person and, "
                    "for example, the doctor, employer and employment service to clarify work "
                    "ability and rehabilitation needs."
                ),
                "source": "Socialförsäkringsbalken (2010:110)",
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Ett tillfälle där läkare eller rehabkoordinator kan förklara det "
                    "medicinska läget direkt. Vården kan föreslå mötet."
                ),
                "text_en": (
                    "A chance for the doctor or rehabilitation coordinator to explain the "
                    "medical situation directly. Health care can suggest the meeting."
                ),
                "source": None,
            },
        ],
    },
    {
        "term_sv": "samtycke",
        "term_en": "consent",
        "slug": "samtycke",
        "definitions": [
            {
                "org_type": "social_insurance",
                "text_sv": (
                    "Den försäkrades medgivande att sekretessen hävs för vissa uppgifter "
                    "till vissa mottagare. Ska vara frivilligt, avgränsat och dokumenterat."
                ),
                "text_en": (
                    "The insured person's permission to lift secrecy for certain information to "
                    "certain recipients. Must be voluntary, limited and documented."
                ),
                "source": "Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 §",
            },
            {
                "org_type": "healthcare",
                "text_sv": (
                    "Patientens medgivande, som ska inhämtas för varje mottagare och syfte och "
                    "dokumenteras i journalen. Patienten kan återkalla det när som helst."
                ),
                "text_en": (
                    "The patient's permission, obtained for each recipient and purpose and "
                    "recorded in the notes. The patient can withdraw it at any time."
                ),
                "source": None,
            },
            {
                "org_type": "municipal_social_services",
                "text_sv": (
                    "Förutsättningen för nästan all samverkan kring en enskild. Vi ber hellre "
                    "om ett tydligt, smalt samtycke än ett brett som personen inte förstår."
                ),
                "text_en": (
                    "The precondition for almost all collaboration about an individual. We "
                    "would rather ask for a clear, narrow consent than a broad one the person "
                    "does not understand."
                ),
                "source": None,
            },
        ],
    },
]
