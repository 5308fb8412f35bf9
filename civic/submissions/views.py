"""Public views: the form, the confirmation link, and the edit link."""

import functools
import logging

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from civic.models import InformationPage

from . import flow, guards, links
from .conf import submission_setting
from .forms import ContentForm, SchoolSubmissionForm, SubmissionForm
from .models import Submission

logger = logging.getLogger("civic.submissions")

TEMPLATES = "civic/submissions/"


def privacy_page():
    """Returns the privacy notice in the active language (else Dutch), or None."""
    slug = submission_setting("CIVIC_PRIVACY_PAGE_SLUG")
    page = (
        InformationPage.objects.live()
        .filter(slug=slug, locale=Locale.get_default())
        .first()
    )
    if page is None:
        return None
    return page.get_translation_or_none(Locale.get_active()) or page


def message(request, template, status, **context):
    return render(request, TEMPLATES + template, context, status=status)


def max_request_bytes():
    photos = submission_setting("CIVIC_SUBMISSION_MAX_PHOTOS")
    return photos * submission_setting("CIVIC_SUBMISSION_PHOTO_MAX_BYTES") + 1_000_000


@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def submit(request, school=False):
    """Shows the submission form and stores what it receives."""
    if flow.index_for(translation.get_language()) is None:
        raise Http404("No initiative index to submit to.")
    form_class = SchoolSubmissionForm if school else SubmissionForm
    if request.method != "POST":
        initial = {"stamp": guards.new_stamp(), "district": request.GET.get("district")}
        form = form_class(initial=initial)
        return render_form(request, form, status=200)
    if int(request.META.get("CONTENT_LENGTH") or 0) > max_request_bytes():
        return message(request, "too_large.html", 413)
    if not guards.allow_submission(request):
        response = message(request, "rate_limited.html", 429)
        response["Retry-After"] = str(guards.retry_after())
        return response
    return handle_post(request, form_class)


STAMP_PROBLEM = gettext_lazy(
    "The form was changed or is incomplete. Please fill it in again and send it."
)
TOO_FAST = gettext_lazy(
    "That was quicker than a person can fill in the form. Please check your "
    "entries and send them again."
)
REPEAT = gettext_lazy(
    "You already sent an idea with this title today. Look in your mailbox for "
    "the confirmation link."
)


def handle_post(request, form_class):
    form = form_class(request.POST, request.FILES)
    if request.POST.get("website"):
        logger.info("Honeypot filled in; nothing stored")
        return redirect("civic_submissions:sent")
    stamp = guards.read_stamp(request.POST.get("stamp"))
    if stamp is None:
        return refuse(request, form, STAMP_PROBLEM, new_stamp=True)
    elapsed, nonce = stamp
    if not form.is_valid():
        return render_form(request, form, status=400)
    if guards.filled_too_fast(elapsed):
        return refuse(request, form, TOO_FAST)
    if is_repeat(form, nonce):
        return refuse(request, form, REPEAT, field="title")
    flow.submit(form, translation.get_language(), nonce)
    return redirect("civic_submissions:sent")


def refuse(request, form, error, field=None, new_stamp=False):
    """Shows the form again with ``error``; 400, nothing stored."""
    form.is_valid()
    form.add_error(field, error)
    if new_stamp:
        form.data = form.data.copy()
        form.data["stamp"] = guards.new_stamp()
    return render_form(request, form, status=400)


def is_repeat(form, nonce):
    """True for a new form with the same address and title as one sent today.

    The same form sent twice (a double click) has the same nonce and is not a
    repeat: ``flow.submit`` answers it with the first submission.
    """
    if Submission.objects.filter(form_nonce=nonce).exists():
        return False
    return flow.is_duplicate(form.cleaned_data["email"], form.cleaned_data["title"])


def render_form(request, form, status):
    context = {
        "form": form,
        "privacy_page": privacy_page(),
        "photo_fields": [
            (form[f"photo_{number}"], form[f"photo_{number}_alt"])
            for number in form.photo_numbers()
        ],
        **map_context(),
    }
    return render(request, TEMPLATES + "submission_form.html", context, status=status)


def map_context():
    return {
        "map_tile_url": submission_setting("CIVIC_MAP_TILE_URL"),
        "map_centre": submission_setting("CIVIC_MAP_CENTRE"),
    }


def sent(request):
    return render(
        request,
        TEMPLATES + "sent.html",
        {"days": submission_setting("CIVIC_SUBMISSION_CONFIRM_DAYS")},
    )


def submission_from_link(token, purpose):
    """Returns the submission a link names.

    Raises:
        links.LinkError: when the link is forged, too old, or its submission
            no longer exists.
    """
    public_id, change_round = links.read_token(token, purpose)
    submission = Submission.objects.filter(public_id=public_id).first()
    if submission is None:
        raise links.LinkError(expired=True)
    submission.link_round = change_round
    return submission


def link_problem(request, error):
    if error.expired:
        return message(request, "link_expired.html", 410)
    return message(request, "link_invalid.html", 400)


def link_view(purpose):
    """Decorates a view of a mailed link: the view receives the submission the
    link names; a forged, expired or orphaned link gets its own page.
    """

    def decorate(view):
        @csrf_protect
        @require_http_methods(["GET", "HEAD", "POST"])
        @functools.wraps(view)
        def wrapper(request, token):
            try:
                submission = submission_from_link(token, purpose)
            except links.LinkError as error:
                return link_problem(request, error)
            return view(request, submission)

        return wrapper

    return decorate


@link_view(links.CONFIRM)
def confirm(request, submission):
    """Shows a button that confirms the submission; mail scanners that follow
    links only GET, so nothing happens until a person presses it.
    """
    if submission.status != Submission.STATUS_UNCONFIRMED:
        return message(request, "already_confirmed.html", 409)
    if request.method != "POST":
        return message(request, "confirm.html", 200)
    try:
        flow.confirm(submission)
    except flow.AlreadyHandled:
        return message(request, "already_confirmed.html", 409)
    return message(request, "confirmed.html", 200)


@link_view(links.EDIT)
def edit(request, submission):
    """Lets the submitter change their submission after a change request."""
    if (
        submission.status != Submission.STATUS_CHANGES_REQUESTED
        or submission.link_round != submission.change_round
        or submission.page is None
    ):
        return message(request, "link_used.html", 409)
    locale = submission.page.locale
    if request.method != "POST":
        form = ContentForm(initial=flow.edit_initial(submission), locale=locale)
        return render_edit(request, submission, form, 200)
    form = ContentForm(request.POST, locale=locale)
    if not form.is_valid():
        return render_edit(request, submission, form, 400)
    try:
        flow.resubmit(submission, form)
    except flow.AlreadyHandled:
        return message(request, "link_used.html", 409)
    return message(request, "resubmitted.html", 200)


def render_edit(request, submission, form, status):
    context = {"form": form, "submission": submission, **map_context()}
    return render(request, TEMPLATES + "edit_form.html", context, status=status)
