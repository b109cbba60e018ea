"""Demo users. Every person is invented; no name belongs to a real person."""

USERS = [
    {
        "username": "admin",
        "display_name": "Tove Bergman",
        "email": "admin@samordning.example",
        "org": "samordningsforbundet-alvdalen",
        "job_title": "Systemförvaltare och forumadministratör",
        "language": "sv",
        "roles": ["admin", "member"],
        "works_on": (
            "Sköter konton, inbjudningar och behörigheter – fråga mig om inloggning, "
            "utrymmen och grupper."
        ),
    },
    {
        "username": "helena.sjoberg",
        "display_name": "Helena Sjöberg",
        "email": "helena.sjoberg@samordning.example",
        "org": "samordningsforbundet-alvdalen",
        "job_title": "Förbundschef och samordnare",
        "language": "sv",
        "roles": ["coordinator", "member"],
        "works_on": (
            "Håller ihop nätverket och beredningsgruppen – fråga mig vem du ska vända dig till "
            "hos de andra parterna."
        ),
    },
    {
        "username": "eva.nordin",
        "display_name": "Eva Nordin",
        "email": "eva.nordin@region.example",
        "org": "vardcentralen-norrkop",
        "job_title": "Leg. arbetsterapeut och PBL-handledare",
        "language": "sv",
        "roles": ["tutor", "member"],
        "works_on": (
            "Aktivitetsbedömningar i primärvården och handledning av förbundets PBL-grupper – "
            "fråga mig hur man beskriver vad en person faktiskt klarar."
        ),
    },
    {
        "username": "maja.karlsson",
        "display_name": "Maja Karlsson",
        "email": "maja.karlsson@region.example",
        "org": "vardcentralen-norrkop",
        "job_title": "Rehabkoordinator, leg. fysioterapeut",
        "language": "sv",
        "roles": ["member"],
        "works_on": (
            "Koordineringsinsatser för sjukskrivna patienter på vårdcentralen – fråga mig om "
            "kontaktvägar mellan vården och Försäkringskassan."
        ),
    },
    {
        "username": "erik.wallin",
        "display_name": "Erik Wallin",
        "email": "erik.wallin@region.example",
        "org": "allmanpsykiatrin-alvland",
        "job_title": "Överläkare, specialist i psykiatri",
        "language": "sv",
        "roles": ["member"],
        "works_on": (
            "Behandling av depression och ångestsyndrom och de läkarintyg som följer med – "
            "fråga mig hur psykiatrin ser på återgång i arbete."
        ),
    },
    {
        "username": "annika.borg",
        "display_name": "Annika Borg",
        "email": "annika.borg@region.example",
        "org": "region-alvland",
        "job_title": "Strateg för sjukskrivnings- och rehabiliteringsfrågor",
        "language": "sv",
        "roles": ["org_editor", "member"],
        "works_on": (
            "Regionens rutiner för sjukskrivning och koordineringsinsatser – jag underhåller "
            "Region Älvlands gränssida."
        ),
    },
    {
        "username": "jonas.ek",
        "display_name": "Jonas Ek",
        "email": "jonas.ek@fk.example",
        "org": "forsakringskassan",
        "job_title": "Samverkansansvarig, sjukförsäkringen Älvland",
        "language": "sv",
        "roles": ["org_editor", "member"],
        "works_on": (
            "Försäkringskassans samverkan med förbundet och regionen – jag underhåller vår "
            "gränssida och svarar på frågor om rehabiliteringskedjan."
        ),
    },
    {
        "username": "sara.malmberg",
        "display_name": "Sara Malmberg",
        "email": "sara.malmberg@fk.example",
        "org": "fk-alvdalen",
        "job_title": "Handläggare, sjukpenning och samordnad rehabilitering",
        "language": "sv",
        "roles": ["member"],
        "works_on": (
            "Sjukfall runt dag 90–365 och avstämningsmöten – fråga mig vad vi behöver i ett "
            "läkarintyg."
        ),
    },
    {
        "username": "mikael.astrom",
        "display_name": "Mikael Åström",
        "email": "mikael.astrom@af.example",
        "org": "arbetsformedlingen",
        "job_title": "Samverkansansvarig för samordningsförbunden i Älvland",
        "language": "sv",
        "roles": ["org_editor", "member"],
        "works_on": (
            "Arbetsförmedlingens deltagande i samordningsförbund – jag underhåller vår "
            "gränssida och tar frågor om vad vi kan och inte kan erbjuda."
        ),
    },
    {
        "username": "leila.haddad",
        "display_name": "Leila Haddad",
        "email": "leila.haddad@af.example",
        "org": "af-norrkop",
        "job_title": "Arbetsförmedlare, arbetslivsinriktad rehabilitering",
        "language": "sv",
        "roles": ["member"],
        "works_on": (
            "Arbetssökande med funktionsnedsättning eller lång sjukskrivning bakom sig – fråga "
            "mig om kartläggning, arbetsträning och SIUS."
        ),
    },
    {
        "username": "lena.strand",
        "display_name": "Lena Strand",
        "email": "lena.strand@kommun-a.example",
        "org": "norrkop-socialtjanst",
        "job_title": "Socialsekreterare, ekonomiskt bistånd",
        "language": "sv",
        "roles": ["org_editor", "member"],
        "works_on": (
            "Försörjningsstöd för personer som står utanför både sjukförsäkring och "
            "a-kassa – jag underhåller Norrköps gränssida."
        ),
    },
    {
        "username": "oskar.blom",
        "display_name": "Oskar Blom",
        "email": "oskar.blom@kommun-b.example",
        "org": "sjoby-socialtjanst",
        "job_title": "Socialsekreterare, vuxenenheten",
        "language": "sv",
        "roles": ["moderator", "member"],
        "works_on": (
            "Ekonomiskt bistånd och social rehabilitering i Sjöby, och moderering av "
            "forumet – säg till om något bör flyttas eller avidentifieras."
        ),
    },
    {
        "username": "ingrid.haugen",
        "display_name": "Ingrid Haugen",
        "email": "ingrid.haugen@nav.example",
        "org": "nav-fjordby",
        "job_title": "NAV adviser, state side (visiting)",
        "language": "en",
        "roles": ["member"],
        "works_on": (
            "Follow-up of people on work assessment allowance at a Norwegian NAV office – ask "
            "me how the state and municipal halves of NAV work together, or don't."
        ),
    },
    {
        "username": "fiona.macleary",
        "display_name": "Fiona MacLeary",
        "email": "fiona.macleary@hogskola.example",
        "org": "alvlands-hogskola",
        "job_title": "Researcher in work and health (observer)",
        "language": "en",
        "roles": ["observer"],
        "works_on": (
            "Studies how cross-agency learning groups change everyday collaboration – I "
            "observe the PBL group with its members' consent and post only when invited."
        ),
    },
]
