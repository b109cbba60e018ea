"""create_app(): the table of contents of the application."""

from __future__ import annotations

import logging

from flask import Flask
from werkzeug.routing import IntegerConverter

from forum.config import REPO_ROOT, load_config
from forum.db import MAX_ID
from forum.extensions import babel, csrf, db, limiter, login_manager, migrate


def create_app(overrides: dict | None = None) -> Flask:
    config = load_config(overrides)
    app = Flask(__name__, instance_path=config["INSTANCE_PATH"],
                template_folder=str(REPO_ROOT / "templates"),
                static_folder=str(REPO_ROOT / "static"))
    app.config.update(config)
    # `<int:...>` in every route stops at the database's largest id: a bigger one is a 404.
    app.url_map.converters["int"] = BoundedIntConverter
    configure_logging(app)
    warn_about_public_address(app)
    register_database(app)
    register_extensions(app)
    register_hooks()
    register_blueprints(app)
    register_web(app)
    register_search(app)
    register_sockets(app)
    register_cli(app)
    return app


class BoundedIntConverter(IntegerConverter):
    def __init__(self, url_map, *args, **kwargs) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def configure_logging(app: Flask) -> None:
    logging.basicConfig(level=app.config["LOG_LEVEL"],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def warn_about_public_address(app: Flask) -> None:
    from forum.config import public_address_warnings

    for warning in public_address_warnings(app.config):
        logging.getLogger("forum.config").warning(warning)


def register_database(app: Flask) -> None:
    from forum.db.setup import engine_options

    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(app.config)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(REPO_ROOT / "migrations"),
                     render_as_batch=True, compare_type=True)
    import_models()
    from forum.db.setup import register_sqlite_pragmas

    register_sqlite_pragmas(app)
    from forum.db import aftercommit
    from forum.email import queue as mail_queue
    from forum.indexing import outbox
    from forum.realtime import publish

    # what follows every commit and rollback, in order
    aftercommit.install(events=publish, outbox=outbox, mail=mail_queue)
    from forum.rollups import track as rollups_track

    # a new post wakes the worker after its commit: it counts the post for the rollups
    rollups_track.use_waker(mail_queue.note_due)
    from forum.email import notify
    from forum.notifications import actions as notification_actions

    notification_actions.on_writing(notify.mark_for_mail)  # the e-mail intent on the row
    from forum.wiki import page_fragments

    page_fragments.watch_changes()  # a change to pages moves the cached lists' version


def import_models() -> None:
    """Every table on the metadata, so the mappers and Alembic (migrations/env.py runs
    create_app) see the whole schema; the app is the one part that knows every feature."""
    import forum.accounts.models
    import forum.accounts.sitesettings
    import forum.audit.models
    import forum.db.followups
    import forum.db.fragment_versions
    import forum.discussions.models
    import forum.distil.models
    import forum.email.inbound.models
    import forum.email.models
    import forum.inbox.models
    import forum.indexing.outbox
    import forum.laws.models
    import forum.moderation.models
    import forum.mydata.models
    import forum.notifications.models
    import forum.pbl.models
    import forum.privacy_terms.models
    import forum.rollups.models
    import forum.wiki.models  # noqa: F401


def register_extensions(app: Flask) -> None:
    from forum.web.i18n import install_template_gettext, select_locale, select_timezone

    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    install_template_gettext(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    from forum.accounts.login import configure_login

    configure_login(login_manager)


def register_blueprints(app: Flask) -> None:
    from forum.accounts.admin_views import bp as admin_bp
    from forum.accounts.directory_views import bp as directory_bp
    from forum.accounts.views import bp as accounts_bp
    from forum.discussions.admin_views import bp as spaces_admin_bp
    from forum.discussions.api import bp as discussions_api_bp
    from forum.discussions.home_views import bp as home_bp
    from forum.discussions.redaction_views import bp as post_redaction_bp
    from forum.discussions.views import bp as discussions_bp
    from forum.distil.views import bp as distil_bp
    from forum.email.inbound.views import bp as mail_in_bp
    from forum.email.views import bp as mail_bp
    from forum.inbox.views import bp as inbox_bp
    from forum.insights.views import bp as insights_bp
    from forum.laws.views import bp as laws_bp
    from forum.moderation.views import bp as moderation_bp
    from forum.mydata.views import bp as mydata_bp
    from forum.notifications.views import bp as notifications_bp
    from forum.pbl.session_views import bp as pbl_sessions_bp
    from forum.pbl.views import bp as pbl_bp
    from forum.privacy_terms.views import bp as privacy_terms_bp
    from forum.searching.views import bp as search_bp
    from forum.web.views import bp as web_bp
    from forum.wiki.glossary_views import api as glossary_api_bp
    from forum.wiki.glossary_views import bp as glossary_bp
    from forum.wiki.kb_views import bp as wiki_kb_bp
    from forum.wiki.redaction_views import bp as wiki_redaction_bp
    from forum.wiki.views import bp as wiki_bp

    for blueprint in (web_bp, home_bp, accounts_bp, directory_bp, admin_bp, discussions_bp,
                      discussions_api_bp, notifications_bp, spaces_admin_bp, search_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(post_redaction_bp)
    for blueprint in (wiki_bp, wiki_redaction_bp, wiki_kb_bp, glossary_bp, glossary_api_bp,
                      laws_bp, distil_bp):
        app.register_blueprint(blueprint)
    register_audit_links()
    for blueprint in (pbl_bp, pbl_sessions_bp, mydata_bp, privacy_terms_bp, moderation_bp,
                      mail_bp, mail_in_bp, inbox_bp, insights_bp):
        app.register_blueprint(blueprint)


def register_hooks() -> None:
    """The features low in the order of imports (pbl -> wiki -> discussions -> laws, distil,
    notifications) call the ones above them through these slots, never by importing them;
    accounts' e-mails (reset, invitation) reach the mail queue the same way."""
    from forum.accounts import hooks as account_hooks
    from forum.discussions import actions as thread_actions
    from forum.discussions import hooks as discussion_hooks
    from forum.discussions import queries as discussion_queries
    from forum.discussions import spaces
    from forum.discussions.models import Thread
    from forum.distil import access as distil_access
    from forum.distil import actions as distil_actions
    from forum.distil import forms as distil_forms
    from forum.distil import queries as distil_queries
    from forum.email import queue as mail_queue
    from forum.extensions import db
    from forum.laws.actions import do_record_citations
    from forum.laws.register import current_register
    from forum.notifications import actions as notify
    from forum.pbl import hooks as pbl_hooks
    from forum.wiki import hooks as wiki_hooks
    from forum.wiki.backlinks import DatabaseResolver

    account_hooks.provide(enqueue_mail=mail_queue.enqueue)
    pbl_hooks.provide(
        add_group_space=spaces.do_add_group_space, group_space=spaces.group_space,
        space_thread_ids=spaces.space_thread_ids,
        get_thread=lambda thread_id: db.session.get(Thread, thread_id),
        check_new_thread=thread_actions.check_new_thread,
        do_create_thread=thread_actions.do_create_thread,
        check_new_post=thread_actions.check_new_post,
        do_create_post=thread_actions.do_create_post,
        notify_people=notify.do_notify_people, citation_resolver=DatabaseResolver)
    wiki_hooks.provide(
        linking_threads=discussion_queries.threads_linking_page,
        record_citations=do_record_citations, statute_register=current_register,
        distil_requested=distil_forms.requested, distil_new_page_form=distil_forms.new_page_form,
        distil_edit_page_form=distil_forms.edit_page_form, distil_record=distil_actions.do_record,
        distil_origins=distil_queries.origins, notify_boundary=notify.do_notify_boundary)
    discussion_hooks.provide(
        record_citations=do_record_citations, notify_post=notify.do_notify_post,
        notify_question=notify.do_notify_question, notify_answer=notify.do_notify_answer,
        documented_in=distil_queries.documented_in, can_distil=distil_access.can_distil)


def register_audit_links() -> None:
    """The audit log links its rows to the features' things through their access funnels."""
    from forum.accounts import audit_links
    from forum.discussions.views import post_link, thread_link
    from forum.pbl.views import case_link
    from forum.wiki.views import page_link

    for target_type, make in (("post", post_link), ("thread", thread_link),
                              ("wiki_page", page_link), ("pbl_case", case_link)):
        audit_links.register(target_type, make)


def register_web(app: Flask) -> None:
    from forum.web import errors, guard, security, templating

    if app.config["PROXY_COUNT"]:
        # request.remote_addr (login throttling, rate limits) and the scheme come from the
        # proxies' X-Forwarded-* headers; only as many hops as are ours are believed.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]

    guard.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    templating.init_app(app, feature_globals=template_globals())


def template_globals() -> dict[str, object]:
    """What the features give every template (forum.web.templating adds its own)."""
    from forum.accounts import access as account_access
    from forum.accounts.labels import ORG_TYPE_LABELS, ROLE_LABELS
    from forum.discussions import access as discussion_access
    from forum.notifications.views import unread_notifications

    return {"access": account_access, "thread_access": discussion_access,
            "ORG_TYPE_LABELS": ORG_TYPE_LABELS, "ROLE_LABELS": ROLE_LABELS,
            "unread_notifications": unread_notifications,
            "org_type_options": [(t.value, label) for t, label in ORG_TYPE_LABELS.items()]}


def register_search(app: Flask) -> None:
    from forum.discussions import search_docs as discussion_docs
    from forum.indexing import indexer
    from forum.mydata.retention import purge_if_due
    from forum.pbl import search_docs as pbl_docs
    from forum.wiki import search_docs as wiki_docs

    indexer.run_hourly(purge_if_due)  # the daily retention purge, if the database says it is due

    discussion_docs.register_sources()
    wiki_docs.register_sources()
    pbl_docs.register_sources()


def register_sockets(app: Flask) -> None:
    from forum.accounts.sessions import session_rooms
    from forum.discussions import sockets as discussion_sockets
    from forum.pbl import sockets as pbl_sockets
    from forum.realtime.server import init_socketio
    from forum.wiki import sockets as wiki_sockets

    init_socketio(app, features=(discussion_sockets, wiki_sockets, pbl_sockets),
                  # joined on connect after the user's own room: their login session's, then
                  # every space they may read
                  connect_rooms=(session_rooms, discussion_sockets.space_rooms),
                  on_disconnect=discussion_sockets.on_disconnect)


def register_cli(app: Flask) -> None:
    from forum.cli import register_commands

    register_commands(app)
