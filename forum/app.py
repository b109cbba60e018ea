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
    from forum.dbsetup import engine_options

    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(app.config)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(REPO_ROOT / "migrations"),
                     render_as_batch=True, compare_type=True)
    from forum import models  # noqa: F401  (registers every model on the metadata)
    from forum.dbsetup import register_sqlite_pragmas

    register_sqlite_pragmas(app)
    from forum import aftercommit

    aftercommit.install()  # what follows every commit and rollback, in order


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
    from forum.discussions.redaction_views import bp as post_redaction_bp
    from forum.discussions.views import bp as discussions_bp
    from forum.distil.views import bp as distil_bp
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

    for blueprint in (web_bp, accounts_bp, directory_bp, admin_bp, discussions_bp,
                      discussions_api_bp, notifications_bp, spaces_admin_bp, search_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(post_redaction_bp)
    for blueprint in (wiki_bp, wiki_redaction_bp, wiki_kb_bp, glossary_bp, glossary_api_bp,
                      laws_bp, distil_bp):
        app.register_blueprint(blueprint)
    for blueprint in (pbl_bp, pbl_sessions_bp, mydata_bp, privacy_terms_bp, moderation_bp,
                      insights_bp):
        app.register_blueprint(blueprint)


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
    templating.init_app(app)


def register_search(app: Flask) -> None:
    from forum.searching import discussion_docs, pbl_docs, wiki_docs

    discussion_docs.register_sources()
    wiki_docs.register_sources()
    pbl_docs.register_sources()


def register_sockets(app: Flask) -> None:
    from forum.realtime.server import init_socketio

    init_socketio(app)


def register_cli(app: Flask) -> None:
    from forum.cli import register_commands

    register_commands(app)
