"""Kortrijk's deployment of the civic showcase: settings, URLs and demo content.

This package sits in ``site/`` (put on ``sys.path`` by ``manage.py``, ``wsgi.py``
and pytest) because ``site`` itself is a standard-library module name.
"""
