"""One cross-agency PBL group midway through its series, its trigger cases and journals.

``starts_days_offset`` is relative to today (negative = in the past). The first session is
180 minutes, the others 120. Closed sessions have attendance, minutes, the question for
the next session and a filled step board; planned sessions have empty boards.
Attendance lists group members only (the tutor leads every session; the observer attends
with the members' consent).
"""

from forum.demo.content.pbl import sessions_1_2, sessions_3_4, sessions_5_7
from forum.demo.content.pbl.cases import CASES
from forum.demo.content.pbl.journals import JOURNALS

STEP_KEYS = ["clarify", "problem", "brainstorm", "structure", "objectives", "selfstudy", "report"]

PBL_GROUP = {
    "name": "PBL-grupp Älvdalen – samverkan kring sjukskrivning",
    "purpose": (
        "Sju träffar där handläggare, vårdpersonal och socialsekreterare från fem "
        "organisationer arbetar igenom verklighetsnära fall med problembaserat lärande. "
        "Målet är att förstå varandras uppdrag, regler och handlingsutrymme – och att hitta "
        "bättre sätt att samverka i vardagen."
    ),
    "tutor": "eva.nordin",
    "members": [
        "sara.malmberg",
        "leila.haddad",
        "maja.karlsson",
        "erik.wallin",
        "lena.strand",
        "oskar.blom",
    ],
    "observers": [
        {
            "username": "fiona.macleary",
            "consent_note": (
                "Samtliga medlemmar samtyckte skriftligt vid första träffen till att Fiona "
                "MacLeary följer gruppen som observatör. Hon läser tavlan och "
                "minnesanteckningarna men inte de privata dagböckerna, och skriver bara när "
                "gruppen bjuder in henne. Samtycket kan återkallas av varje medlem."
            ),
        },
    ],
    "sessions": [*sessions_1_2.SESSIONS, *sessions_3_4.SESSIONS, *sessions_5_7.SESSIONS],
}

__all__ = ["CASES", "JOURNALS", "PBL_GROUP", "STEP_KEYS"]
