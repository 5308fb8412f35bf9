"""Signed links in the mails: confirm a submission, edit it after a change request.

A link names the submission by its random public id and carries its purpose and
the time it was made; it cannot be forged or reused for another purpose.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from .conf import public_base_url, submission_setting

CONFIRM = "confirm"
EDIT = "edit"
MAX_DAYS = {
    CONFIRM: "CIVIC_SUBMISSION_CONFIRM_DAYS",
    EDIT: "CIVIC_SUBMISSION_EDIT_DAYS",
}


class LinkError(Exception):
    """A link that cannot be used; ``expired`` says whether it was valid once."""

    def __init__(self, expired):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(submission, purpose):
    value = [submission.public_id.hex, submission.change_round]
    return signing.dumps(value, salt=f"civic.submissions.{purpose}")


def read_token(token, purpose):
    """Returns (public id, change round) from ``token``.

    Raises:
        LinkError: when the token is too old or was not made by us.
    """
    max_age = submission_setting(MAX_DAYS[purpose]) * 86400
    try:
        public_id, change_round = signing.loads(
            token, salt=f"civic.submissions.{purpose}", max_age=max_age
        )
    except signing.SignatureExpired as error:
        raise LinkError(expired=True) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise LinkError(expired=False) from error
    return str(public_id), change_round


def absolute_link(submission, purpose):
    """Returns the full URL of the ``purpose`` link, in the submitter's language."""
    with translation.override(submission.language):
        path = reverse(
            f"civic_submissions:{purpose}",
            kwargs={"token": make_token(submission, purpose)},
        )
    return public_base_url() + path
