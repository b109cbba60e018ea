"""Login, logout, invitations, password reset and personal settings. Thin adapters."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from forum.accounts import actions, auth, mails, sessions, throttle
from forum.accounts.login_alert import guessing_alert, send_after_response
from forum.db import unit_of_work, utcnow
from forum.errors import ValidationError
from forum.extensions import limiter
from forum.text.i18n import LANGUAGES
from forum.web.guard import public
from forum.web.helpers import form_dict, safe_next
from forum.web.i18n import LANGUAGE_COOKIE, LANGUAGE_COOKIE_SECONDS

bp = Blueprint("accounts", __name__)


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    if current_user.is_authenticated:
        return redirect(safe_next())
    if request.method == "GET":
        return render_template("accounts/login.html", email="")
    email, address = request.form.get("email"), request.remote_addr
    # Guessing is slowed per account and client address (forum.accounts.throttle): one
    # person's wrong passwords never shut the account's owner out.
    verdict = throttle.begin_attempt(email, address)
    if not verdict.allowed:
        return _login_page(_("Too many wrong passwords from here. Wait %(seconds)d seconds "
                             "and try again, or reset your password.",
                             seconds=verdict.retry_after), 429,
                           {"Retry-After": str(verdict.retry_after)})
    try:
        user = auth.check_login(email, request.form.get("password"))
    except ValidationError as exc:
        response = _login_page(exc.message, 401)
        if throttle.record_failure(email, address):
            alert = guessing_alert(email, address, throttle.account_failures(email))
            if alert:
                send_after_response(response, alert)
        return response
    throttle.record_success(email, address)
    with unit_of_work():
        sessions.do_start_session(user, request.headers.get("User-Agent", ""))
    session.clear()  # a fresh session for the new login (no fixation)
    login_user(user)
    return redirect(safe_next())


def _login_page(error: str, status: int, headers: dict | None = None):
    return make_response(render_template("accounts/login.html", error=error,
                                         email=(request.form.get("email") or "")[:254]),
                         status, headers or {})


@bp.post("/logout")
def logout():
    everywhere = request.form.get("everywhere") == "1"
    with unit_of_work():
        if everywhere:
            sessions.do_end_all_sessions(current_user)
        else:
            sessions.do_end_session(current_user)
    logout_user()
    session.clear()
    flash(_("You have logged out."), "info")
    response = redirect(url_for("accounts.login"))
    # Drafts and unsent posts live in the browser's storage: on a shared computer the next
    # person must not find them. static/js/forum.js clears them too (this header only works
    # over HTTPS or on localhost).
    response.headers["Clear-Site-Data"] = '"storage"'
    return response


@bp.post("/language")
@public
def set_language():
    """A person's choice is stored with the account; a visitor's (and, so that it outlives a
    logout, the person's too) in a cookie (forum.web.i18n says what wins over what)."""
    language = request.form.get("language")
    if current_user.is_authenticated:
        with unit_of_work():
            try:
                actions.do_set_language(current_user, language)
            except ValidationError as exc:
                flash(exc.message, "error")
    response = redirect(safe_next())
    if language in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, language, max_age=LANGUAGE_COOKIE_SECONDS,
                            secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
                            httponly=True, samesite="Lax")
    return response


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@public
def accept_invitation(token: str):
    now = utcnow()
    try:
        invitation = actions.check_invitation_token(token, now)
    except ValidationError as exc:
        return render_template("errors/error.html", status=410, message=exc.message), 410
    if request.method == "GET":
        return render_template("accounts/accept.html", invitation=invitation, form={},
                               errors={})
    try:
        invitation, account = actions.check_accept_invitation(token, now, form_dict())
    except ValidationError as exc:
        return render_template("accounts/accept.html", invitation=invitation,
                               form=form_dict(), errors=exc.field_errors), 400
    with unit_of_work():
        user = actions.do_accept_invitation(invitation, account, now)
        sessions.do_start_session(user, request.headers.get("User-Agent", ""))
    session.clear()
    login_user(user)
    flash(_("Welcome! Your account is ready."), "success")
    return redirect(url_for("home.home"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@public
@limiter.limit("10 per hour", methods=["POST"])
def forgot_password():
    if request.method == "GET":
        return render_template("accounts/forgot.html")
    with unit_of_work():  # the mail is queued with the reset: both or neither
        reset = auth.do_request_password_reset(request.form.get("email"), utcnow(),
                                               current_app.config["RESET_MINUTES"])
        if reset is not None:
            link = current_app.config["BASE_URL"] + url_for("accounts.reset_password",
                                                            token=reset.token)
            mails.queue_password_reset(reset, link)
    # The same answer whether or not the address exists: no way to probe for members.
    flash(_("If the address belongs to a member, a reset link is on its way."), "info")
    return redirect(url_for("accounts.login"))


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@public
def reset_password(token: str):
    now = utcnow()
    try:
        auth.check_reset_token(token, now)
    except ValidationError as exc:
        return render_template("errors/error.html", status=410, message=exc.message), 410
    if request.method == "GET":
        return render_template("accounts/reset.html", errors={})
    try:
        reset, password = auth.check_reset_password(
            token, now, request.form.get("new_password"), request.form.get("repeat_password"))
    except ValidationError as exc:
        return render_template("accounts/reset.html", errors=exc.field_errors), 400
    with unit_of_work():
        auth.do_reset_password(reset, password, now)
    flash(_("Your password is changed. Log in with the new one."), "success")
    return redirect(url_for("accounts.login"))


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    errors: dict = {}
    if request.method == "POST":
        try:
            with unit_of_work():
                profile = actions.check_profile(form_dict())
                actions.do_update_profile(current_user, profile)
            flash(_("Your profile is saved."), "success")
            return redirect(url_for("accounts.settings"))
        except ValidationError as exc:
            errors = exc.field_errors
    return _settings_page(errors=errors, status=400 if errors else 200)


@bp.post("/settings/password")
def change_password():
    try:
        password = auth.check_change_password(
            current_user, request.form.get("current_password"),
            request.form.get("new_password"), request.form.get("repeat_password"))
    except ValidationError as exc:
        return _settings_page(password_errors=exc.field_errors, status=400)
    with unit_of_work():
        auth.do_change_password(current_user, password)
    flash(_("Your password is changed. Your other sessions have been logged out."), "success")
    return redirect(url_for("accounts.settings"))


@bp.post("/settings/sessions/end-others")
def end_other_sessions():
    with unit_of_work():
        sessions.do_end_all_sessions(current_user, keep_current=True)
    flash(_("Your other sessions have been logged out."), "success")
    return redirect(url_for("accounts.settings"))


def _settings_page(errors: dict | None = None, password_errors: dict | None = None,
                   status: int = 200):
    form = form_dict() if errors else {}
    return render_template("accounts/settings.html", errors=errors or {}, form=form,
                           password_errors=password_errors or {},
                           sessions=sessions.active_sessions(current_user),
                           current_session=sessions.session_id_of(current_user)), status
