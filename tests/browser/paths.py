"""What the browser tests visit. Add a page here and every check runs on it.

``PUBLIC_PATHS``: (name, path) pairs; ``{language}`` becomes nl, fr and en. The
name names the screenshots (test-artifacts/screenshots/<name>-<language>-<width>.png).

``KEYBOARD_FORMS``: forms completed with the keyboard alone. ``answers`` maps a
field's id to what to type (text), to pick (a select option's visible label) or
True (tick a checkbox); ``done`` is a CSS selector present after success.
"""

PUBLIC_PATHS = [
    ("home", "/{language}/"),
    ("district-index", "/{language}/wijken/"),
    ("district", "/{language}/wijken/heule/"),
    ("initiative-index", "/{language}/initiatieven/"),
    ("initiative", "/{language}/initiatieven/geveltuinen/"),
    ("event-index", "/{language}/activiteiten/"),
    ("event", "/{language}/activiteiten/plantdag/"),
    ("budget-game", "/{language}/budgetspel/heule-2025/"),
    ("search", "/{language}/search/?q=geveltuinen"),
    ("submission-form", "/{language}/submit/"),
    ("information", "/{language}/toegankelijkheid/"),
    ("accessibility-feedback", "/{language}/accessibility-feedback/"),
]

KEYBOARD_FORMS = [
    {
        "name": "accessibility-feedback",
        "path": "/{language}/accessibility-feedback/",
        "answers": {
            "id_message": "The map cannot be used with a keyboard.",
            "id_email": "resident@example.org",
        },
        "done": "[role=status]",
    },
]

LANGUAGES = ["nl", "fr", "en"]
