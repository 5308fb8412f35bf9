"""Helpers that fill in and send the submission form, read the mail that
follows, and act as a reviewer in the admin.
"""

import io
import re
import secrets
import time
from urllib.parse import urlsplit

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from civic.submissions.guards import STAMP_SALT

SUBMIT_URL = "/nl/submit/"


def stamp(age=60, nonce=None):
    """Returns a form stamp as if the form was served ``age`` seconds ago."""
    data = {"t": time.time() - age, "n": nonce or secrets.token_hex(16)}
    return signing.dumps(data, salt=STAMP_SALT)


def form_data(site=None, **overrides):
    """Returns a valid submission as POST data."""
    data = {
        "kind": "initiative",
        "title": "Plantenbakken in de Kapelstraat",
        "summary": "We zetten plantenbakken voor de deur.",
        "description": "Elke bewoner adopteert een bak.\n\nWe zoeken nog aarde.",
        "district": str(site["heule"].pk) if site else "",
        "themes": [site["green"].slug] if site else [],
        "needs": ["needs_material", "needs_volunteers"],
        "location_name": "Kapelstraat",
        "latitude": "",
        "longitude": "",
        "public_author": "An uit Heule",
        "email": "an@example.org",
        "phone": "056 12 34 56",
        "age_group": "16_plus",
        "consent": "on",
        "website": "",
        "stamp": stamp(),
    }
    data.update(overrides)
    return data


def photo(image_format="JPEG", size=(64, 48), name=None, exif=None):
    """Returns an uploaded image file made in memory."""
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (30, 120, 60))
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=image_format, **options)
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[image_format]
    return SimpleUploadedFile(name or f"photo.{extension}", buffer.getvalue())


def post(client, capture, url, data=None, **kwargs):
    """POSTs and runs the on-commit callbacks (mail delivery) as a commit would."""
    with capture(execute=True):
        return client.post(url, data or {}, **kwargs)


def link_in(message):
    """Returns the path of the first link to this site in ``message``."""
    match = re.search(r"https?://\S+", message.get_content())
    assert match, message.get_content()
    return urlsplit(match.group(0)).path


def act(client, capture, user, page, action, **data):
    """Takes a workflow action on ``page`` as ``user``, through the admin URL."""
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )
    response = post(client, capture, url, data)
    client.logout()
    return response
