"""Production settings served over plain HTTP on loopback, for the benchmarks.

Only the TLS redirects and secure cookies are relaxed; everything else (DEBUG
off, the database cache, the rate limiter, SMTP mail) is as in production.
"""

from kortrijk.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
CSRF_TRUSTED_ORIGINS = ["http://127.0.0.1"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
LOGGING["loggers"]["civic"]["level"] = "WARNING"  # noqa: F405
