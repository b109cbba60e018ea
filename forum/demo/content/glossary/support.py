"""Glossary terms: the kinds of rehabilitation and the municipality's financial support."""

TERMS = [
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
]
