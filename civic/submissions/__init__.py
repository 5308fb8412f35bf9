"""Citizen submissions: a public form, double opt-in, moderation on Wagtail's
workflows, and mail to the submitter at every step.

Dependencies point one way: this app imports ``civic.models``; ``civic`` never
imports this app.
"""
