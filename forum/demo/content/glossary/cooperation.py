"""Glossary terms: working together across the agencies (availability, certificates, the
association, coordinators, meetings, consent)."""

TERMS = [
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
