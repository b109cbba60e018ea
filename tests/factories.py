"""Build organizations and users for tests, straight into the database."""

from __future__ import annotations

import itertools

from forum.accounts.models import Organization, OrgType, Role, User, UserRole
from forum.accounts.passwords import hash_password
from forum.extensions import db

_counter = itertools.count(1)
_HASHES: dict[str, str] = {}


def _hash(password: str) -> str:
    # argon2 is slow on purpose; hash each test password once per run.
    if password not in _HASHES:
        _HASHES[password] = hash_password(password)
    return _HASHES[password]


class Factory:
    PASSWORD = "correct horse battery"

    def org(self, name: str | None = None, type: OrgType = OrgType.SOCIAL_INSURANCE,
            parent: Organization | None = None, **fields) -> Organization:
        n = next(_counter)
        org = Organization(name=name or f"Organization {n}", short_name=fields.pop(
            "short_name", f"Org{n}"), handle=fields.pop("handle", f"org{n}"), type=type,
            parent=parent, **fields)
        db.session.add(org)
        db.session.commit()
        return org

    def user(self, org: Organization | None = None, roles: tuple[Role, ...] = (Role.MEMBER,),
             password: str = PASSWORD, **fields) -> User:
        n = next(_counter)
        org = org or self.org()
        user = User(email=fields.pop("email", f"user{n}@example.org"),
                    username=fields.pop("username", f"user{n}"),
                    display_name=fields.pop("display_name", f"User {n}"),
                    organization=org, password_hash=_hash(password), **fields)
        user.role_rows = [UserRole(role=r) for r in roles]
        db.session.add(user)
        db.session.commit()
        return user

    def admin(self, org: Organization | None = None, **fields) -> User:
        return self.user(org, roles=(Role.ADMIN,), **fields)


class ForumFactory(Factory):
    """Spaces, groups and threads, made through the real actions where it matters."""

    def space(self, slug: str | None = None, visibility: str = "all", org=None, group=None,
              name: str | None = None):
        from forum.accounts.visibility import Visibility
        from forum.discussions.models import Space

        n = next(_counter)
        space = Space(slug=slug or f"space-{n}", name=name or f"Space {n}",
                      visibility=Visibility(visibility), organization=org, group=group)
        db.session.add(space)
        db.session.commit()
        return space

    def group(self, name: str = "PBL-gruppen", members=(), observers=(), tutor=None):
        from forum.pbl.models import GroupMember, GroupRole, PblGroup

        group = PblGroup(name=name)
        group.members = ([GroupMember(user=u, role=GroupRole.MEMBER) for u in members]
                         + [GroupMember(user=u, role=GroupRole.OBSERVER) for u in observers]
                         + ([GroupMember(user=tutor, role=GroupRole.TUTOR)] if tutor else []))
        db.session.add(group)
        db.session.commit()
        return group

    def thread(self, space, author, title: str = "En tråd", body: str = "Första inlägget",
               question_org=None):
        from forum.db import utcnow
        from forum.discussions import actions

        data = actions.check_new_thread(author, space, title, body,
                                        question_org.id if question_org else None)
        thread, _ = actions.do_create_thread(author, space, data, utcnow())
        db.session.commit()
        return thread

    def post(self, thread, author, body: str = "Ett svar", client_id: str | None = None):
        from forum.db import utcnow
        from forum.discussions import actions

        draft = actions.check_new_post(author, thread, body, client_id)
        post = actions.do_create_post(author, thread, draft, utcnow())
        db.session.commit()
        return post
