"""Development settings: what ``make run`` serves on http://127.0.0.1:8000."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-0f3c1e9a"  # noqa: S105 - development only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "0.0.0.0"]
