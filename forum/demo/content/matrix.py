"""Who does what: responsibilities across organization types (after Table 1 in study 001).

``statement_hint`` is the beginning of one boundary statement's ``text_sv`` on a page of an
organization of that type, so the cell can link to the statement that explains it.
"""

RESPONSIBILITIES = [
    {
        "key": "sickness_benefit",
        "label_sv": "Beslut om och utbetalning av sjukpenning",
        "label_en": "Deciding on and paying sickness benefit",
        "cells": {
            "social_insurance": {
                "level": "responsible",
                "statement_hint": "Överlåta beslutet om sjukpenning",
            },
            "employment_service": {
                "level": "not_ours",
                "statement_hint": "Bedöma arbetsförmåga i sjukförsäkringens mening",
            },
            "healthcare": {
                "level": "contributes",
                "statement_hint": "Besluta om sjukpenning eller lova patienten",
            },
            "municipal_social_services": {
                "level": "not_ours",
                "statement_hint": "Bevilja bistånd för behov som kan tillgodoses på annat sätt",
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": "Fatta beslut i enskilda ärenden",
            },
        },
    },
    {
        "key": "work_ability_assessment",
        "label_sv": "Bedömning av arbetsförmåga",
        "label_en": "Assessment of work ability",
        "cells": {
            "social_insurance": {
                "level": "responsible",
                "statement_hint": "Bedöma arbetsförmågan mot rehabiliteringskedjans",
            },
            "employment_service": {
                "level": "contributes",
                "statement_hint": "Erbjuda kartläggning, arbetspsykologisk utredning",
            },
            "healthcare": {
                "level": "contributes",
                "statement_hint": "Låta arbetsterapeut eller fysioterapeut göra en "
                "aktivitetsbedömning",
            },
            "municipal_social_services": {
                "level": "contributes",
                "statement_hint": "Kräva att den som kan arbeta står till arbetsmarknadens",
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": None,
            },
        },
    },
    {
        "key": "rehabilitation_coordination",
        "label_sv": "Samordning av rehabiliteringen",
        "label_en": "Coordination of rehabilitation",
        "cells": {
            "social_insurance": {
                "level": "responsible",
                "statement_hint": "Samordna och utöva tillsyn",
            },
            "employment_service": {
                "level": "contributes",
                "statement_hint": "Delta i avstämningsmöten och gemensamma planeringsmöten",
            },
            "healthcare": {
                "level": "contributes",
                "statement_hint": "Erbjuda koordineringsinsatser",
            },
            "municipal_social_services": {
                "level": "contributes",
                "statement_hint": "Bjuda in Försäkringskassan, Arbetsförmedlingen och vården",
            },
            "coordination_association": {
                "level": "contributes",
                "statement_hint": "Finansiera strukturell samverkan",
            },
        },
    },
    {
        "key": "vocational_rehabilitation",
        "label_sv": "Arbetslivsinriktad rehabilitering",
        "label_en": "Vocational rehabilitation",
        "cells": {
            "social_insurance": {
                "level": "contributes",
                "statement_hint": "Göra en gemensam kartläggning med Arbetsförmedlingen",
            },
            "employment_service": {
                "level": "responsible",
                "statement_hint": "Erbjuda stöd och insatser till arbetssökande",
            },
            "healthcare": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "municipal_social_services": {
                "level": "contributes",
                "statement_hint": "Erbjuda arbetsmarknadsinsatser och social rehabilitering",
            },
            "coordination_association": {
                "level": "contributes",
                "statement_hint": "Finansiera ett samverkansteam",
            },
        },
    },
    {
        "key": "medical_rehabilitation",
        "label_sv": "Medicinsk rehabilitering",
        "label_en": "Medical rehabilitation",
        "cells": {
            "social_insurance": {
                "level": "not_ours",
                "statement_hint": "Bekosta medicinsk behandling",
            },
            "employment_service": {
                "level": "not_ours",
                "statement_hint": "Finansiera medicinsk behandling",
            },
            "healthcare": {
                "level": "responsible",
                "statement_hint": "Bedriva hälso- och sjukvård som uppfyller kraven",
            },
            "municipal_social_services": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": "Betala för det som redan ingår",
            },
        },
    },
    {
        "key": "social_rehabilitation",
        "label_sv": "Social rehabilitering",
        "label_en": "Social rehabilitation",
        "cells": {
            "social_insurance": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "employment_service": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "healthcare": {
                "level": "not_ours",
                "statement_hint": "Sjukskriva på grund av arbetslöshet",
            },
            "municipal_social_services": {
                "level": "responsible",
                "statement_hint": "Erbjuda arbetsmarknadsinsatser och social rehabilitering",
            },
            "coordination_association": {
                "level": "contributes",
                "statement_hint": "Finansiera ett samverkansteam",
            },
        },
    },
    {
        "key": "financial_assistance",
        "label_sv": "Ekonomiskt bistånd",
        "label_en": "Financial assistance",
        "cells": {
            "social_insurance": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "employment_service": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "healthcare": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "municipal_social_services": {
                "level": "responsible",
                "statement_hint": "Pröva rätten till ekonomiskt bistånd",
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": "Fatta beslut i enskilda ärenden",
            },
        },
    },
    {
        "key": "job_matching",
        "label_sv": "Matchning och arbetsmarknadspolitiska program",
        "label_en": "Job matching and labour market programmes",
        "cells": {
            "social_insurance": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "employment_service": {
                "level": "responsible",
                "statement_hint": "Anvisa till arbetsmarknadspolitiska program",
            },
            "healthcare": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "municipal_social_services": {
                "level": "contributes",
                "statement_hint": "Begära att den som får försörjningsstöd deltar",
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": None,
            },
        },
    },
    {
        "key": "medical_certificate",
        "label_sv": "Läkarintyg och medicinskt underlag",
        "label_en": "Medical certificates and medical evidence",
        "cells": {
            "social_insurance": {
                "level": "contributes",
                "statement_hint": "Förklara hur undantagen vid dag 180",
            },
            "employment_service": {
                "level": "not_ours",
                "statement_hint": None,
            },
            "healthcare": {
                "level": "responsible",
                "statement_hint": "Beskriva funktionsnedsättning, aktivitetsbegränsning",
            },
            "municipal_social_services": {
                "level": "not_ours",
                "statement_hint": "Bedöma arbetsförmåga med verkan för sjukförsäkringen",
            },
            "coordination_association": {
                "level": "not_ours",
                "statement_hint": None,
            },
        },
    },
    {
        "key": "association_funding",
        "label_sv": "Finansiering av samordningsförbundet",
        "label_en": "Funding the coordination association",
        "cells": {
            "social_insurance": {
                "level": "responsible",
                "statement_hint": "Betala ut statens andel",
            },
            "employment_service": {
                "level": "contributes",
                "statement_hint": "Delta i samordningsförbundets arbete",
            },
            "healthcare": {
                "level": "responsible",
                "statement_hint": "Bidra med en fjärdedel",
            },
            "municipal_social_services": {
                "level": "responsible",
                "statement_hint": "Tillsammans med Sjöby kommun bidra",
            },
            "coordination_association": {
                "level": "responsible",
                "statement_hint": "Upprätta budget, följa upp",
            },
        },
    },
]
