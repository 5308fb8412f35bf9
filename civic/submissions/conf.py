"""Settings of the submission flow, each with a default, read through
``submission_setting``. The README lists them with their meaning.
"""

from pathlib import Path

from django.conf import settings

DEFAULTS = {
    # Days a confirmation link stays valid; unconfirmed submissions older than
    # this are deleted by ``expire_unconfirmed_submissions``.
    "CIVIC_SUBMISSION_CONFIRM_DAYS": 7,
    # Days the "edit and resubmit" link of a change request stays valid.
    "CIVIC_SUBMISSION_EDIT_DAYS": 30,
    # Days after the final decision before contact data is erased.
    "CIVIC_SUBMISSION_RETENTION_DAYS": 90,
    # Days a sent message is kept in the outbox before it is deleted.
    "CIVIC_SENT_MAIL_KEEP_DAYS": 30,
    # Submissions (form posts) one client address may make per window.
    "CIVIC_SUBMISSION_RATE_LIMIT": 20,
    "CIVIC_SUBMISSION_RATE_WINDOW": 3600,
    # The cache alias that holds the rate-limit counters (shared by all workers).
    "CIVIC_SUBMISSION_RATE_CACHE": "default",
    # The request header holding the client address behind a trusted proxy,
    # e.g. "HTTP_X_REAL_IP"; empty uses REMOTE_ADDR.
    "CIVIC_CLIENT_IP_HEADER": "",
    # A person needs at least this many seconds to fill in the form.
    "CIVIC_SUBMISSION_MIN_FILL_SECONDS": 5,
    # Photos: how many, and the limits of each.
    "CIVIC_SUBMISSION_MAX_PHOTOS": 3,
    "CIVIC_SUBMISSION_PHOTO_MAX_BYTES": 10 * 1024 * 1024,
    "CIVIC_SUBMISSION_PHOTO_MAX_PIXELS": 40_000_000,
    # Longest side of a stored photo after re-encoding.
    "CIVIC_SUBMISSION_PHOTO_MAX_SIDE": 2560,
    # Where photos wait until the submission is confirmed (not served publicly).
    "CIVIC_PRIVATE_MEDIA_ROOT": None,
    # Slug of the privacy notice (an InformationPage in the default language).
    "CIVIC_PRIVACY_PAGE_SLUG": "privacyverklaring",
    # Name of the Wagtail workflow that citizen submissions enter.
    "CIVIC_SUBMISSION_WORKFLOW": "Citizen submission",
    # Base of the links in mails; defaults to WAGTAILADMIN_BASE_URL.
    "CIVIC_PUBLIC_BASE_URL": None,
    # First retry of a failed mail after this many seconds, doubling up to an hour.
    "CIVIC_MAIL_RETRY_SECONDS": 60,
    # Map picker tiles, e.g. "https://tile.example.org/{z}/{x}/{y}.png"; empty
    # shows no map (the address field and "use my location" still work).
    "CIVIC_MAP_TILE_URL": "",
    "CIVIC_MAP_CENTRE": (50.8280, 3.2650),
}


def submission_setting(name):
    """Returns the project's value for ``name``, or the default above."""
    return getattr(settings, name, DEFAULTS[name])


def private_media_root():
    """Returns the folder of photos that wait for confirmation."""
    root = submission_setting("CIVIC_PRIVATE_MEDIA_ROOT")
    return Path(root) if root else Path(settings.MEDIA_ROOT).parent / "private-media"


def public_base_url():
    """Returns the scheme and host that links in mails start with."""
    base = submission_setting("CIVIC_PUBLIC_BASE_URL") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")
