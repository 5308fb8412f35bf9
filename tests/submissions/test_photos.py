"""Uploads: recognised by content, limited in bytes and pixels before decoding,
re-encoded without metadata.
"""

import io
import struct
import tracemalloc
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from civic.submissions import flow
from civic.submissions.models import Submission, SubmissionPhoto
from civic.submissions.photos import clean_photo
from tests.submissions.helpers import SUBMIT_URL, form_data, photo, post

pytestmark = pytest.mark.django_db


def png_claiming(width, height):
    """Returns a tiny PNG whose header claims ``width`` x ``height`` pixels."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def gps_exif():
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (50.0, 49.0, 40.0), 3: "E", 4: (3.0, 15.0, 54.0)}
    exif[0x010F] = "Camera maker"
    return exif


def send_with_photo(client, site, capture, upload, alt="Een plantenbak"):
    data = form_data(site, photo_1=upload, photo_1_alt=alt)
    return post(client, capture, SUBMIT_URL, data)


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_accepted(
    client, site, django_capture_on_commit_callbacks, image_format
):
    response = send_with_photo(
        client, site, django_capture_on_commit_callbacks, photo(image_format)
    )

    assert response.status_code == 302
    stored = SubmissionPhoto.objects.get()
    with stored.file.open("rb") as file:
        assert Image.open(file).format == image_format


def test_a_renamed_text_file_is_refused(client, site):
    fake = SimpleUploadedFile("holiday.jpg", b"this is not an image at all" * 10)

    response = client.post(SUBMIT_URL, form_data(site, photo_1=fake, photo_1_alt="x"))

    assert response.status_code == 400
    assert "Dit bestand is geen JPEG-, PNG- of WebP-foto." in (
        response.content.decode()
    )
    assert not Submission.objects.exists()


def test_a_gif_with_a_jpeg_name_is_refused(client, site):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="GIF")
    upload = SimpleUploadedFile("photo.jpg", buffer.getvalue())

    response = client.post(SUBMIT_URL, form_data(site, photo_1=upload, photo_1_alt="x"))

    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_a_decompression_bomb_is_refused_from_its_header_with_little_memory():
    upload = SimpleUploadedFile("bomb.png", png_claiming(100_000, 100_000))

    tracemalloc.start()
    with pytest.raises(Exception) as raised:
        clean_photo(upload)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    assert raised.value.code == "too_many_pixels"
    assert peak < 5 * 1024 * 1024


def test_a_decompression_bomb_posted_to_the_form_gets_a_message(client, site):
    upload = SimpleUploadedFile("bomb.png", png_claiming(20_000, 20_000))

    response = client.post(
        SUBMIT_URL, form_data(site, photo_1=upload, photo_1_alt="bom")
    )

    assert response.status_code == 400
    assert "Deze foto heeft meer dan 40 megapixels." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_20_mb_file_is_refused(client, site):
    upload = SimpleUploadedFile("big.jpg", b"\xff\xd8\xff" + b"0" * (20 * 1024 * 1024))

    response = client.post(SUBMIT_URL, form_data(site, photo_1=upload, photo_1_alt="x"))

    assert response.status_code == 400
    assert "Deze foto is groter dan 10,0\xa0MB." in response.content.decode()
    assert not Submission.objects.exists()


def test_a_truncated_jpeg_is_refused_as_damaged(client, site):
    content = photo("JPEG", size=(400, 300)).read()
    upload = SimpleUploadedFile("cut.jpg", content[: len(content) // 2])

    response = client.post(SUBMIT_URL, form_data(site, photo_1=upload, photo_1_alt="x"))

    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_a_photo_needs_a_description(client, site):
    response = client.post(SUBMIT_URL, form_data(site, photo_1=photo(), photo_1_alt=""))

    assert response.status_code == 400
    assert 'id="id_photo_1_alt_error"' in response.content.decode()


def test_exif_and_gps_data_are_stripped():
    upload = photo("JPEG", size=(80, 60), exif=gps_exif())
    assert Image.open(upload).getexif()  # the original carries EXIF
    upload.seek(0)

    cleaned = clean_photo(upload)

    image = Image.open(io.BytesIO(cleaned.content))
    assert not image.getexif()
    assert "exif" not in image.info


def test_large_photos_are_scaled_down(settings):
    settings.CIVIC_SUBMISSION_PHOTO_MAX_SIDE = 100

    cleaned = clean_photo(photo("PNG", size=(400, 200)))

    assert (cleaned.width, cleaned.height) == (100, 50)


def test_confirmed_photos_become_images_of_the_draft_page_and_leave_private_storage(
    client, site, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    data = form_data(
        site,
        photo_1=photo(),
        photo_1_alt="De bak",
        photo_2=photo("PNG"),
        photo_2_alt="De straat",
    )
    post(client, capture, SUBMIT_URL, data)
    waiting = [p.file for p in SubmissionPhoto.objects.all()]

    with capture(execute=True):
        page = flow.confirm(Submission.objects.get())

    assert page.image.collection.name == "Citizen submissions"
    assert page.image_alt == "De bak"
    images = [block.value for block in page.body if block.block_type == "image"]
    assert [value["alt_text"] for value in images] == ["De straat"]
    assert not SubmissionPhoto.objects.exists()
    assert not any(file.storage.exists(file.name) for file in waiting)
