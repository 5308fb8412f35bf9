"""The life of a submission: submitted, confirmed (a draft page enters the
workflow), changes requested and resubmitted, approved or declined.

Each transition is one atomic function that checks the current state with a
conditional update, so a double click or a replayed link changes nothing twice.
"""

import datetime
import html
import logging
import re
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Workflow
from wagtail.rich_text import RichText

from civic.models import InitiativeIndexPage, InitiativePage, Theme

from . import links
from .conf import submission_setting
from .mail import queue_mail
from .models import Submission, SubmissionPhoto

logger = logging.getLogger("civic.submissions")

COLLECTION_NAME = "Citizen submissions"


class AlreadyHandled(Exception):
    """The submission is no longer in the state this action needs."""


class NotSetUp(Exception):
    """The site lacks what submissions need: an initiative index or the workflow."""


def title_key(title):
    return " ".join(title.split()).casefold()[:255]


def is_duplicate(email, title):
    """Returns whether this address sent this title less than a day ago."""
    since = timezone.now() - datetime.timedelta(days=1)
    return Submission.objects.filter(
        email__iexact=email, title_key=title_key(title), created_at__gte=since
    ).exists()


def submit(form, language, nonce):
    """Stores a valid form as an unconfirmed submission and mails the link.

    Returns the submission; a second post of the same form (same ``nonce``)
    returns the first one and stores nothing.
    """
    try:
        with transaction.atomic():
            submission = create_submission(form, language, nonce)
            store_photos(submission, form.clean_photo_list)
            queue_mail(
                submission,
                "received",
                confirm_url=links.absolute_link(submission, links.CONFIRM),
                days=submission_setting("CIVIC_SUBMISSION_CONFIRM_DAYS"),
            )
    except IntegrityError:
        existing = Submission.objects.filter(form_nonce=nonce).first()
        if existing is None:
            raise
        return existing
    logger.info("Submission %s received", submission.pk)
    return submission


def create_submission(form, language, nonce):
    district = form.chosen_district()
    return Submission.objects.create(
        form_nonce=nonce,
        language=language,
        school_mode=form.school_mode,
        age_group=form.age_group_value(),
        title_key=title_key(form.cleaned_data["title"]),
        content=form.content(),
        district=district,
        **form.contact(),
    )


def store_photos(submission, photos):
    for position, (photo, alt) in enumerate(photos):
        record = SubmissionPhoto(submission=submission, alt_text=alt, position=position)
        name = f"{submission.public_id.hex}-{position}.{photo.extension}"
        record.file.save(name, ContentFile(photo.content), save=True)


# Confirmation ---------------------------------------------------------------


def confirm(submission):
    """Creates the draft page of a confirmed submission and starts its workflow.

    Raises:
        AlreadyHandled: when the submission was confirmed before.
        NotSetUp: when there is no initiative index or no active workflow.
    """
    with transaction.atomic():
        claimed = Submission.objects.filter(
            pk=submission.pk, status=Submission.STATUS_UNCONFIRMED
        ).update(status=Submission.STATUS_IN_MODERATION, confirmed_at=timezone.now())
        if not claimed:
            raise AlreadyHandled
        submission.refresh_from_db()
        page = create_draft_page(submission)
        submission.page = page
        submission.content = {}
        submission.save(update_fields=["page", "content", "image_ids"])
        citizen_workflow().start(page, user=None)
        log(page, "civic_submissions.received", data={"submission": submission.pk})
        queue_mail(submission, "confirmed")
    logger.info("Submission %s confirmed as page %s", submission.pk, page.pk)
    return page


def citizen_workflow():
    name = submission_setting("CIVIC_SUBMISSION_WORKFLOW")
    workflow = Workflow.objects.filter(name=name, active=True).first()
    if workflow is None:
        raise NotSetUp(f"No active workflow named {name!r}.")
    return workflow


def index_for(language):
    """Returns the initiative index in ``language``, else in the default language."""
    indexes = InitiativeIndexPage.objects.order_by("path")
    index = indexes.filter(locale__language_code=language).first()
    return index or indexes.filter(locale=Locale.get_default()).first()


def create_draft_page(submission):
    """Returns a new unpublished InitiativePage holding only public fields."""
    parent = index_for(submission.language)
    if parent is None:
        raise NotSetUp("There is no initiative index page.")
    content = submission.content
    page = InitiativePage(
        title=content["title"],
        slug=f"{slugify(content['title'], allow_unicode=True)[:60] or 'idee'}"
        f"-{submission.pk}",
        locale=parent.locale,
        live=False,
    )
    apply_content(page, content, submission.district)
    add_photos(page, submission)
    parent.add_child(instance=page)
    page.save_revision(user=None)
    return page


def apply_content(page, content, district):
    """Copies the public fields of ``content`` onto ``page``."""
    page.title = content["title"]
    for name in ("kind", "summary", "location_name", "public_author"):
        setattr(page, name, content[name])
    page.latitude, page.longitude = content["latitude"], content["longitude"]
    page.district = district
    for name, _label in InitiativePage.NEEDS:
        setattr(page, name, name in content["needs"])
    page.themes.set(list(Theme.objects.filter(slug__in=content["themes"])))
    kept = [(block.block_type, block.value) for block in page.body or []]
    page.body = text_to_paragraphs(content["description"]) + [
        (kind, value) for kind, value in kept if kind != "paragraph"
    ]


def text_to_paragraphs(text):
    """Returns paragraph blocks of ``text``, escaped: markup stays plain text."""
    parts = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return [
        ("paragraph", RichText(f"<p>{html.escape(part).replace(chr(10), '<br/>')}</p>"))
        for part in parts
    ]


def paragraphs_to_text(body):
    """Returns the paragraph blocks of ``body`` as plain text, for editing."""
    parts = []
    for block in body or []:
        if block.block_type == "paragraph":
            source = re.sub(r"<br\s*/?>", "\n", block.value.source)
            source = re.sub(r"</p>\s*", "\n\n", source)
            parts.append(html.unescape(re.sub(r"<[^>]+>", "", source)).strip())
    return "\n\n".join(part for part in parts if part)


def add_photos(page, submission):
    """Turns the waiting photos into Wagtail images on ``page``."""
    images = []
    for photo in submission.photos.all():
        images.append((make_image(photo, submission), photo.alt_text))
    submission.image_ids = [image.pk for image, _alt in images]
    delete_photos(submission.photos.all())
    if not images:
        return
    page.image, page.image_alt = images[0]
    page.body = [(block.block_type, block.value) for block in page.body] + [
        ("image", {"image": image, "alt_text": alt, "caption": ""})
        for image, alt in images[1:]
    ]


def make_image(photo, submission):
    with photo.file.open("rb") as file:
        extension = Path(photo.file.name).suffix
        name = f"submission-{submission.public_id.hex[:12]}-{photo.position}"
        image = get_image_model()(
            title=photo.alt_text[:255],
            collection=submissions_collection(),
            file=ImageFile(file, name=name + extension),
        )
        image.save()
    return image


def submissions_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    return collection or Collection.get_first_root_node().add_child(
        name=COLLECTION_NAME
    )


def delete_photos(photos):
    """Deletes waiting photos, and their files once the transaction commits."""
    for photo in list(photos):
        storage, name = photo.file.storage, photo.file.name
        photo.delete()
        transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))


# Change requests --------------------------------------------------------------


def request_changes(submission, message):
    """Records a moderator's change request and mails the edit link."""
    submission.status = Submission.STATUS_CHANGES_REQUESTED
    submission.change_round += 1
    submission.changes_requested_at = timezone.now()
    submission.decision_message = message
    submission.save()
    queue_mail(
        submission,
        "changes_requested",
        edit_url=links.absolute_link(submission, links.EDIT),
        days=submission_setting("CIVIC_SUBMISSION_EDIT_DAYS"),
    )
    logger.info("Changes requested for submission %s", submission.pk)


def edit_initial(submission):
    """Returns the edit form's initial values, from the page's latest revision."""
    page = submission.page.get_latest_revision_as_object()
    initial = {name: getattr(page, name) for name in EDITABLE}
    initial["description"] = paragraphs_to_text(page.body)
    initial["district"] = str(page.district_id or "")
    initial["themes"] = [theme.slug for theme in page.themes.all()]
    initial["needs"] = [
        name for name, _label in InitiativePage.NEEDS if getattr(page, name)
    ]
    return initial


EDITABLE = [
    "kind",
    "title",
    "summary",
    "location_name",
    "latitude",
    "longitude",
    "public_author",
]


def resubmit(submission, form):
    """Applies the submitter's changes to the page and resumes its workflow.

    Raises:
        AlreadyHandled: when this change request was answered already.
    """
    with transaction.atomic():
        claimed = Submission.objects.filter(
            pk=submission.pk,
            status=Submission.STATUS_CHANGES_REQUESTED,
            change_round=submission.change_round,
        ).update(status=Submission.STATUS_IN_MODERATION)
        if not claimed:
            raise AlreadyHandled
        page = submission.page.get_latest_revision_as_object()
        apply_content(page, form.content(), form.chosen_district())
        page.save_revision(user=None)
        resume_workflow(page)
        log(page, "civic_submissions.resubmitted", data={"submission": submission.pk})
        submission.status = Submission.STATUS_IN_MODERATION
        queue_mail(submission, "resubmitted")
    logger.info("Submission %s resubmitted", submission.pk)


def resume_workflow(page):
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=None)
    elif state is None:
        citizen_workflow().start(page, user=None)


# Decisions ------------------------------------------------------------------


def submission_for_page_id(page_id):
    return Submission.objects.filter(page_id=page_id).first()


@transaction.atomic
def decline(task_state, user, reason_id, comment):
    """Declines the submission under review in ``task_state`` with a reason."""
    from .models import DeclineReason

    state = task_state.workflow_state
    submission = submission_for_page_id(state.object_id)
    reason = DeclineReason.objects.filter(pk=reason_id).first()
    if submission is not None:
        submission.status = Submission.STATUS_DECLINED
        submission.decline_reason = reason
        submission.decision_message = comment
        submission.decided_at = timezone.now()
        submission.save()
    task_state.reject(user=user, comment=comment)
    state.cancel(user=user)
    page = state.content_object.specific
    log(
        page,
        "civic_submissions.declined",
        user=user,
        data={"reason": reason.title if reason else ""},
    )
    logger.info("Submission %s declined", getattr(submission, "pk", None))


def decline_deleted(page):
    """Answers the submitter of a page that a moderator deleted undecided."""
    submission = submission_for_page_id(page.pk)
    if submission is None or not submission.is_open:
        return
    submission.status = Submission.STATUS_DECLINED
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "decided_at"])
    mail_decline(submission)
    logger.info("Submission %s declined: its page was deleted", submission.pk)


def mail_decline(submission):
    """Queues the decline message with the reason in the submitter's language."""
    reason = submission.decline_reason
    if reason is not None:
        locale = Locale.objects.filter(language_code=submission.language).first()
        reason = (locale and reason.get_translation_or_none(locale)) or reason
    queue_mail(submission, "declined", reason=reason)


def mark_published(page):
    """Records the approval of ``page``'s submission and mails the public link.

    Safe to call twice (Wagtail signals both the publish and the approval). An
    approval scheduled for later waits for the publish at that time.
    """
    submission = submission_for_page_id(page.pk)
    if submission is None or not submission.is_open or not page.live:
        return
    submission.status = Submission.STATUS_APPROVED
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "decided_at"])
    queue_mail(submission, "published", page_url=page.specific.get_full_url())
    logger.info("Submission %s published as page %s", submission.pk, page.pk)
