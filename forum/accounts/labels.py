"""How organization types and roles are named on pages (template globals, forum/app.py)."""

from forum.accounts.models import OrgType, Role
from forum.text.i18n import _l

ORG_TYPE_LABELS = {
    OrgType.SOCIAL_INSURANCE: _l("Social insurance"),
    OrgType.EMPLOYMENT_SERVICE: _l("Employment service"),
    OrgType.HEALTHCARE: _l("Healthcare / region"),
    OrgType.MUNICIPAL_SOCIAL_SERVICES: _l("Municipal social services"),
    OrgType.COORDINATION_ASSOCIATION: _l("Coordination association"),
    OrgType.OTHER: _l("Other"),
}

ROLE_LABELS = {
    Role.MEMBER: _l("Member"),
    Role.TUTOR: _l("Tutor"),
    Role.COORDINATOR: _l("Coordinator"),
    Role.ORG_EDITOR: _l("Organization editor"),
    Role.MODERATOR: _l("Moderator"),
    Role.ADMIN: _l("Admin"),
    Role.OBSERVER: _l("Observer (read-only)"),
}
