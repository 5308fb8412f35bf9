"""Test settings: DATABASE_URL picks PostgreSQL, otherwise a SQLite file."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 - tests only
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"
CIVIC_PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-media-private"
# Off, so query counts measure the real work; the page cache's own tests turn it on.
CIVIC_PAGE_CACHE_SECONDS = 0

if not os.environ.get("DATABASE_URL"):
    # A file-backed test database lets --reuse-db skip the 20 s of migrations.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405

# The suite searches the database engine; tests of the Elasticsearch engine
# point SEARCH_URL at ELASTICSEARCH_URL themselves, with their own index.
SEARCH_URL = ""
SEARCH_INDEX = "search-test-civic"
SEARCH_REFRESH_ON_WRITE = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
