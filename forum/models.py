"""Imports every feature's models so the metadata (and Alembic) sees the whole schema."""

from forum.accounts.models import (  # noqa: F401
    Invitation,
    Organization,
    PasswordReset,
    User,
    UserRole,
    UserSession,
)
from forum.audit.models import AuditEntry  # noqa: F401
from forum.discussions.models import (  # noqa: F401
    Follow,
    Post,
    PostRevision,
    Reaction,
    ReadState,
    Space,
    Thread,
)
from forum.distil.models import Distillation  # noqa: F401
from forum.followups import Followup  # noqa: F401
from forum.insights.models import (  # noqa: F401
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
    InsightSeen,
)
from forum.laws.models import Statute, StatuteCitation  # noqa: F401
from forum.moderation.models import Flag  # noqa: F401
from forum.mydata.models import DataExport  # noqa: F401
from forum.notifications.models import Notification  # noqa: F401
from forum.pbl.models import (  # noqa: F401
    Attendance,
    BoardItem,
    BoardVote,
    GroupMember,
    JournalEntry,
    PblCase,
    PblGroup,
    PblSession,
    SessionPhoto,
)
from forum.privacy_terms.models import PrivacyTerm  # noqa: F401
from forum.searching.outbox import SearchOutbox  # noqa: F401
from forum.sitesettings import SiteSetting  # noqa: F401
from forum.wiki.models import (  # noqa: F401
    GlossaryDefinition,
    GlossaryTerm,
    Responsibility,
    ResponsibilityCell,
    WikiPage,
    WikiPageLink,
    WikiPostLink,
    WikiRevision,
    WikiStatement,
)
