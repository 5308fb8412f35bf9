"""Spam and abuse guards without third parties or tracking cookies: a signed
form-start stamp (minimum fill time, double-submit nonce) and a rate limit per
client address on a shared cache.
"""

import secrets
import time

from django.core import signing
from django.core.cache import caches

from .conf import submission_setting

STAMP_SALT = "civic.submissions.form-stamp"


def new_stamp():
    """Returns a signed stamp holding the time the form was served and a nonce."""
    return signing.dumps(
        {"t": time.time(), "n": secrets.token_hex(16)}, salt=STAMP_SALT
    )


def read_stamp(value):
    """Returns (seconds since the form was served, nonce), or None when the stamp
    is missing or was tampered with.
    """
    try:
        data = signing.loads(value or "", salt=STAMP_SALT)
        return time.time() - float(data["t"]), str(data["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def filled_too_fast(elapsed):
    return elapsed < submission_setting("CIVIC_SUBMISSION_MIN_FILL_SECONDS")


def client_address(request):
    """Returns the client's address, from the trusted proxy header if configured."""
    header = submission_setting("CIVIC_CLIENT_IP_HEADER")
    address = request.META.get(header, "") if header else ""
    return address.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")


def allow_submission(request):
    """Counts one submission attempt from the client; returns False past the limit.

    A fixed window per address: the key names the window, so it expires on its
    own. A read then a write, so concurrent posts may slip one or two past the
    limit: good enough against floods, not an exact quota.
    """
    limit = submission_setting("CIVIC_SUBMISSION_RATE_LIMIT")
    if not limit:
        return True
    window = submission_setting("CIVIC_SUBMISSION_RATE_WINDOW")
    cache = caches[submission_setting("CIVIC_SUBMISSION_RATE_CACHE")]
    key = f"civic-submit:{client_address(request)}:{int(time.time() // window)}"
    count = cache.get(key, 0) + 1
    cache.set(key, count, timeout=window)
    return count <= limit


def retry_after():
    """Returns the seconds until the current rate-limit window ends."""
    window = submission_setting("CIVIC_SUBMISSION_RATE_WINDOW")
    return int(window - time.time() % window) + 1
