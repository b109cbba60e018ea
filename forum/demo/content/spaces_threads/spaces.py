"""The demo spaces (forum categories) and who may read each."""

SPACES = [
    {
        "slug": "allmant",
        "name_sv": "Allmänt",
        "name_en": "General",
        "description": (
            "Frågor och samtal som rör alla parter i förbundet: samverkan, mötesformer, "
            "nyheter och sådant som inte passar någon annanstans."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "rehabiliteringskedjan",
        "name_sv": "Rehabiliteringskedjan",
        "name_en": "The rehabilitation chain",
        "description": (
            "Sjukskrivning, läkarintyg och bedömningarna vid dag 90, 180 och 365 – och vad "
            "de betyder för oss som möter personen före och efter."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "unga-med-aktivitetsersattning",
        "name_sv": "Unga med aktivitetsersättning",
        "name_en": "Young people with activity compensation",
        "description": (
            "Unga vuxna med aktivitetsersättning: aktiviteter, övergångar från skolan och "
            "vem som håller i planeringen."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "ekonomiskt-bistand-och-arbete",
        "name_sv": "Ekonomiskt bistånd och arbete",
        "name_en": "Financial assistance and work",
        "description": (
            "Försörjningsstöd, kraven att stå till arbetsmarknadens förfogande och vägen från "
            "bistånd till egen försörjning."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "nordiskt-utbyte",
        "name_sv": "Nordiskt utbyte",
        "name_en": "Nordic exchange",
        "description": (
            "Erfarenhetsutbyte med kolleger i andra nordiska länder. Skriv gärna på engelska "
            "här. / Exchange with colleagues in the other Nordic countries – English welcome."
        ),
        "visibility": "all",
        "org": None,
    },
    {
        "slug": "forsakringskassan-internt",
        "name_sv": "Försäkringskassan internt",
        "name_en": "Social Insurance Agency internal",
        "description": (
            "Internt utrymme för Försäkringskassans medarbetare: förbered svar, stäm av "
            "tolkningar och underhåll vår gränssida."
        ),
        "visibility": "org",
        "org": "forsakringskassan",
    },
]
