"""Demo organizations: the fictional coordination association Samordningsförbundet Älvdalen.

All places and organizations below the national agencies are invented: Region Älvland,
Norrköp kommun, Sjöby kommun, NAV Fjordby and Älvlands högskola. Contact details use
example domains and office hours only.
"""

ORGANIZATIONS = [
    {
        "slug": "samordningsforbundet-alvdalen",
        "name": "Samordningsförbundet Älvdalen",
        "short_name": "SF Älvdalen",
        "handle": "forbundet",
        "type": "coordination_association",
        "parent": None,
        "description_sv": (
            "Samordningsförbundet Älvdalen är ett eget rättssubjekt där Försäkringskassan, "
            "Arbetsförmedlingen, Region Älvland, Norrköp kommun och Sjöby kommun lägger "
            "pengar i en gemensam budget. Vi finansierar samordnade insatser för personer "
            "som behöver stöd från flera av parterna samtidigt, och vi håller i "
            "mötesplatserna där personalen lär känna varandras uppdrag – som det här forumet."
        ),
        "description_en": (
            "Samordningsförbundet Älvdalen is a separate legal entity in which the Social "
            "Insurance Agency, the Public Employment Service, Region Älvland and the "
            "municipalities of Norrköp and Sjöby pool their money. We fund coordinated "
            "support for people who need help from several partners at once, and we run the "
            "meeting places where staff get to know each other's mandates – such as this forum."
        ),
        "contact_email": "kansliet@samordning.example",
        "contact_hours": "Kansliet svarar vardagar 08.30–16.00; forumfrågor besvaras inom en "
        "arbetsdag.",
    },
    {
        "slug": "forsakringskassan",
        "name": "Försäkringskassan",
        "short_name": "FK",
        "handle": "fk",
        "type": "social_insurance",
        "parent": None,
        "description_sv": (
            "Försäkringskassan är den statliga myndighet som handlägger socialförsäkringen. "
            "I rehabiliteringsarbetet prövar vi rätten till sjukpenning, bedömer "
            "arbetsförmågan enligt rehabiliteringskedjan och samordnar de insatser som "
            "behövs för att den försäkrade ska kunna återgå i arbete."
        ),
        "description_en": (
            "Försäkringskassan is the national agency that administers social insurance. In "
            "rehabilitation we decide on the right to sickness benefit, assess work ability "
            "along the rehabilitation chain and coordinate the measures needed for the "
            "insured person to return to work."
        ),
        "contact_email": "samverkan.alvland@fk.example",
        "contact_hours": "Samverkansbrevlådan bevakas måndag–fredag; svar inom två arbetsdagar.",
    },
    {
        "slug": "fk-alvdalen",
        "name": "Försäkringskassan, sjukförsäkring Älvdalen",
        "short_name": "FK Älvdalen",
        "handle": "fk-alvdalen",
        "type": "social_insurance",
        "parent": "forsakringskassan",
        "description_sv": (
            "Det lokala sjukförsäkringsteamet som handlägger sjukpenning och samordnad "
            "rehabilitering för personer i Norrköp och Sjöby. Teamet deltar i förbundets "
            "samverkansteam och i gemensamma planeringsmöten."
        ),
        "description_en": (
            "The local sickness insurance team handling sickness benefit and coordinated "
            "rehabilitation for people living in Norrköp and Sjöby. The team takes part in "
            "the association's joint team and in joint planning meetings."
        ),
        "contact_email": "sjukforsakring.alvdalen@fk.example",
        "contact_hours": "Handläggarna nås via funktionsbrevlådan vardagar 08.00–16.30.",
    },
    {
        "slug": "arbetsformedlingen",
        "name": "Arbetsförmedlingen",
        "short_name": "AF",
        "handle": "af",
        "type": "employment_service",
        "parent": None,
        "description_sv": (
            "Arbetsförmedlingen är den statliga myndighet som ansvarar för den offentliga "
            "arbetsförmedlingen. Vi matchar arbetssökande och arbetsgivare och erbjuder "
            "arbetslivsinriktad rehabilitering och andra insatser till den som står långt "
            "från arbetsmarknaden, också när det beror på sjukdom eller funktionsnedsättning."
        ),
        "description_en": (
            "Arbetsförmedlingen is the national public employment service. We match job "
            "seekers with employers and offer vocational rehabilitation and other support to "
            "people far from the labour market, including when the reason is illness or "
            "disability."
        ),
        "contact_email": "samverkan.alvland@af.example",
        "contact_hours": "Samverkansansvariga svarar vardagar 09.00–15.00.",
    },
    {
        "slug": "af-norrkop",
        "name": "Arbetsförmedlingen Norrköp",
        "short_name": "AF Norrköp",
        "handle": "af-norrkop",
        "type": "employment_service",
        "parent": "arbetsformedlingen",
        "description_sv": (
            "Arbetsförmedlingens lokala enhet för Norrköp och Sjöby, med arbetsförmedlare "
            "som arbetar med arbetslivsinriktad rehabilitering, arbetspsykolog och "
            "SIUS-konsulenter."
        ),
        "description_en": (
            "The local Arbetsförmedlingen unit for Norrköp and Sjöby, with employment officers "
            "working on vocational rehabilitation, a work psychologist and supported "
            "employment consultants."
        ),
        "contact_email": "rehab.norrkop@af.example",
        "contact_hours": "Funktionsbrevlådan läses dagligen; drop-in för samverkansparter "
        "torsdagar 13.00–15.00.",
    },
    {
        "slug": "region-alvland",
        "name": "Region Älvland",
        "short_name": "Region Älvland",
        "handle": "region",
        "type": "healthcare",
        "parent": None,
        "description_sv": (
            "Region Älvland ansvarar för hälso- och sjukvården i länet: primärvård, "
            "psykiatri och specialistvård. I sjukskrivningsprocessen står vården för den "
            "medicinska bedömningen, läkarintyget, den medicinska rehabiliteringen och "
            "koordineringsinsatser för sjukskrivna patienter."
        ),
        "description_en": (
            "Region Älvland runs health care in the county: primary care, psychiatry and "
            "specialist care. In the sick-leave process health care provides the medical "
            "assessment, the medical certificate, medical rehabilitation and coordination "
            "support for patients on sick leave."
        ),
        "contact_email": "sjukskrivning@region.example",
        "contact_hours": "Processtödet för sjukskrivning svarar vardagar 08.00–16.00.",
    },
    {
        "slug": "vardcentralen-norrkop",
        "name": "Vårdcentralen Norrköp",
        "short_name": "VC Norrköp",
        "handle": "vardcentralen",
        "type": "healthcare",
        "parent": "region-alvland",
        "description_sv": (
            "Vårdcentral i Region Älvland med läkare, sjuksköterskor, arbetsterapeut, "
            "fysioterapeuter och rehabkoordinator. Rehabkoordinatorn är kontaktväg för "
            "Försäkringskassan, Arbetsförmedlingen och socialtjänsten i sjukskrivningsfrågor."
        ),
        "description_en": (
            "Primary care centre in Region Älvland with doctors, nurses, an occupational "
            "therapist, physiotherapists and a rehabilitation coordinator, who is the contact "
            "point for the other agencies in sick-leave matters."
        ),
        "contact_email": "rehabkoordinator.norrkop@region.example",
        "contact_hours": "Rehabkoordinatorn nås via e-post; svar inom två arbetsdagar.",
    },
    {
        "slug": "allmanpsykiatrin-alvland",
        "name": "Allmänpsykiatriska mottagningen Älvland",
        "short_name": "Allmänpsykiatrin",
        "handle": "psykiatrin",
        "type": "healthcare",
        "parent": "region-alvland",
        "description_sv": (
            "Specialistpsykiatrisk öppenvård för vuxna i Norrköp och Sjöby. Vi utreder och "
            "behandlar måttlig till svår psykisk ohälsa och deltar i samordnad planering när "
            "patienten behöver stöd från flera aktörer."
        ),
        "description_en": (
            "Specialist adult outpatient psychiatry for Norrköp and Sjöby. We assess and treat "
            "moderate to severe mental illness and join coordinated planning when a patient "
            "needs support from several agencies."
        ),
        "contact_email": "psykiatri.samverkan@region.example",
        "contact_hours": "Samverkansfrågor besvaras vardagar; akuta ärenden hör inte hemma "
        "i forumet.",
    },
    {
        "slug": "norrkop-socialtjanst",
        "name": "Socialtjänsten i Norrköp kommun",
        "short_name": "Soc Norrköp",
        "handle": "norrkop",
        "type": "municipal_social_services",
        "parent": None,
        "description_sv": (
            "Vuxenenheten och enheten för ekonomiskt bistånd i Norrköp kommun. Vi prövar "
            "rätten till försörjningsstöd, arbetar med social rehabilitering och driver "
            "kommunens arbetsmarknadsinsatser tillsammans med arbetsmarknadsenheten."
        ),
        "description_en": (
            "The adult services and financial assistance units of Norrköp municipality. We "
            "decide on income support, work with social rehabilitation and run the "
            "municipality's labour market activities together with its employment unit."
        ),
        "contact_email": "ekonomisktbistand@kommun-a.example",
        "contact_hours": "Samverkansbrevlådan besvaras inom två arbetsdagar; mottagningstid "
        "för samverkansparter tisdagar 09.00–11.00.",
    },
    {
        "slug": "sjoby-socialtjanst",
        "name": "Socialtjänsten i Sjöby kommun",
        "short_name": "Soc Sjöby",
        "handle": "sjoby",
        "type": "municipal_social_services",
        "parent": None,
        "description_sv": (
            "Individ- och familjeomsorgen i Sjöby, en mindre kommun där samma socialsekreterare "
            "ofta har både ekonomiskt bistånd och stödsamtal. Vi känner många av dem vi möter "
            "och arbetar gärna nära de andra parterna."
        ),
        "description_en": (
            "Individual and family services in Sjöby, a small municipality where the same "
            "social worker often handles both financial assistance and support. We know many "
            "of the people we meet and like to work closely with the other partners."
        ),
        "contact_email": "ifo@kommun-b.example",
        "contact_hours": "Vardagar 08.00–16.00; svar inom tre arbetsdagar.",
    },
    {
        "slug": "nav-fjordby",
        "name": "NAV Fjordby",
        "short_name": "NAV Fjordby",
        "handle": "nav",
        "type": "other",
        "parent": None,
        "description_sv": (
            "Ett norskt NAV-kontor där statlig och kommunal personal delar lokaler men har "
            "olika regelverk, system och chefer. Gäst i forumet under ett erfarenhetsutbyte "
            "med Samordningsförbundet Älvdalen."
        ),
        "description_en": (
            "A Norwegian NAV office where state and municipal staff share premises but have "
            "different rules, systems and managers. Guest in the forum during an exchange "
            "with Samordningsförbundet Älvdalen."
        ),
        "contact_email": "utveksling@nav.example",
        "contact_hours": "Replies in English or Norwegian on weekdays.",
        "time_zone": "Europe/Oslo",
    },
    {
        "slug": "alvlands-hogskola",
        "name": "Älvlands högskola",
        "short_name": "Högskolan",
        "handle": "hogskolan",
        "type": "other",
        "parent": None,
        "description_sv": (
            "Forskare i arbetsliv och hälsa som följer förbundets PBL-grupper som observatörer, "
            "med deltagarnas samtycke."
        ),
        "description_en": (
            "Researchers in work and health who follow the association's problem-based "
            "learning groups as observers, with the participants' consent."
        ),
        "contact_email": "arbetsliv@hogskola.example",
        "contact_hours": "Replies within a week; questions welcome in English or Swedish.",
    },
]
