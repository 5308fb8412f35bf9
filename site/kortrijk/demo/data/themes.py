"""The curated themes, keyed by their slug: (Dutch, French, English) names."""

THEMES = {
    "fietsveiligheid": ("fietsveiligheid", "sécurité à vélo", "bike safety"),
    "publieke-ruimte": ("publieke ruimte", "espace public", "public space"),
    "eenzaamheid": ("eenzaamheid", "solitude", "loneliness"),
    "armoede": ("armoede", "pauvreté", "poverty"),
    "kinderen": ("kinderen", "enfants", "children"),
    "jongeren": ("jongeren", "jeunes", "young people"),
    "ouderen": ("ouderen", "aînés", "older people"),
    "vergroening": ("vergroening", "verdurisation", "greening"),
    "zorg": ("zorg", "soins et entraide", "care"),
    "spelen": ("spelen", "jeu", "play"),
    "cultuur": ("cultuur", "culture", "culture"),
    "mobiliteit": ("mobiliteit", "mobilité", "mobility"),
    "samenleven": ("samenleven", "vivre ensemble", "living together"),
}
