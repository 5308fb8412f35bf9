"""Checks uploaded photos by their content and re-encodes them.

The format and the pixel count come from the image header, read before any
pixel is decoded, so a decompression bomb is refused fast and with little
memory. Re-encoding drops EXIF (location, camera) and every other metadata.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .conf import submission_setting

FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


@dataclass
class CleanPhoto:
    """A photo that passed the checks, re-encoded without metadata."""

    content: bytes
    extension: str
    width: int
    height: int


def clean_photo(upload):
    """Returns a ``CleanPhoto`` made from ``upload``.

    Raises:
        ValidationError: when the file is too large, is no JPEG, PNG or WebP
            image, has too many pixels, or cannot be decoded.
    """
    check_size(upload)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(upload, formats=list(FORMATS)) as image:
                check_pixels(image)
                return reencode(image)
        except UnidentifiedImageError as error:
            raise not_an_image() from error
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise too_many_pixels() from error
        except (OSError, ValueError, SyntaxError) as error:
            # A truncated or corrupt file fails while it is decoded.
            raise ValidationError(
                _("This photo is damaged and cannot be read."), code="damaged"
            ) from error


def check_size(upload):
    limit = submission_setting("CIVIC_SUBMISSION_PHOTO_MAX_BYTES")
    if upload.size > limit:
        raise ValidationError(
            _("This photo is larger than %(limit)s. Send a smaller one."),
            code="too_large",
            params={"limit": filesizeformat(limit)},
        )


def check_pixels(image):
    if image.width * image.height > submission_setting(
        "CIVIC_SUBMISSION_PHOTO_MAX_PIXELS"
    ):
        raise too_many_pixels()


def too_many_pixels():
    limit = submission_setting("CIVIC_SUBMISSION_PHOTO_MAX_PIXELS")
    return ValidationError(
        _("This photo has more than %(megapixels)s megapixels. Send a smaller one."),
        code="too_many_pixels",
        params={"megapixels": limit // 1_000_000},
    )


def not_an_image():
    return ValidationError(
        _("This file is not a JPEG, PNG or WebP photo."), code="not_an_image"
    )


def reencode(image):
    """Returns ``image`` upright, at most the configured size, without metadata."""
    image_format = image.format
    side = submission_setting("CIVIC_SUBMISSION_PHOTO_MAX_SIDE")
    if image_format == "JPEG":
        image.draft("RGB", (side, side))  # decode at a reduced scale when possible
    image = ImageOps.exif_transpose(image)
    image.thumbnail((side, side))
    image = image.convert(
        "RGB" if image_format == "JPEG" or image.mode not in ("RGBA", "LA") else "RGBA"
    )
    output = io.BytesIO()
    options = {"quality": 85} if image_format in ("JPEG", "WEBP") else {}
    image.save(output, format=image_format, **options)
    return CleanPhoto(
        output.getvalue(), FORMATS[image_format], image.width, image.height
    )
