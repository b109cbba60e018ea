"""Demo content for the forum: the fictional Samordningsförbundet Älvdalen.

Plain Python data only. Facts are drawn from the research studies behind the product; every
sentence is written fresh, and every person, place below national level, and address is
invented. Contact details use example domains and office hours only.
"""

from .boundaries import BOUNDARY_PAGES
from .glossary import GLOSSARY
from .matrix import RESPONSIBILITIES
from .organizations import ORGANIZATIONS
from .pbl import CASES, JOURNALS, PBL_GROUP, STEP_KEYS
from .spaces_threads import SPACES, THREADS
from .users import USERS
from .wiki import BOUNDARY_TITLE_FORMAT, WIKI_PAGES

__all__ = [
    "BOUNDARY_PAGES",
    "BOUNDARY_TITLE_FORMAT",
    "CASES",
    "GLOSSARY",
    "JOURNALS",
    "ORGANIZATIONS",
    "PBL_GROUP",
    "RESPONSIBILITIES",
    "SPACES",
    "STEP_KEYS",
    "THREADS",
    "USERS",
    "WIKI_PAGES",
]
