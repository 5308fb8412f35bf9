"""Settings of the benchmark server: the project's, without debugging, with a
trivial view beside the pages. ``CIVIC_PAGE_CACHE_SECONDS=0`` in the
environment turns the page cache off.
"""

import os

from kortrijk.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "benchmark-only-not-secret"  # noqa: S105 - local benchmark
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarks.urls"
CIVIC_PAGE_CACHE_SECONDS = int(os.environ.get("CIVIC_PAGE_CACHE_SECONDS", "300"))
LOGGING = {"version": 1, "disable_existing_loggers": False}
