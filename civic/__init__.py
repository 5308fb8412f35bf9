"""A city-agnostic Wagtail app that shows what residents do for their neighbourhoods.

It knows no city: Kortrijk's names, settings and demo content live in ``site/``.
"""
