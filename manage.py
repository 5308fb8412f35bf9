#!/usr/bin/env python
"""Runs Django's command-line utility for the Kortrijk showcase."""

import os
import sys
from pathlib import Path

# The Django project package lives in site/, which cannot itself be a package:
# "site" is a standard-library module imported at interpreter start-up.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kortrijk.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
