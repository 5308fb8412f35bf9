"""The plugin's content model, one module per content type.

Dependencies point one way: ``themes`` and ``listing`` know no page type;
``districts`` lists initiatives and events by query through the model names
only, so ``initiatives``, ``events`` and ``budget_games`` may import
``districts`` freely.
"""

from .budget_games import (
    BudgetGameBallots,
    BudgetGameIndexPage,
    BudgetGameOption,
    BudgetGamePage,
    BudgetGamePhoto,
    BudgetGameTable,
)
from .districts import DistrictContact, DistrictIndexPage, DistrictPage, DistrictVisit
from .events import EventIndexPage, EventPage, EventPageRelatedInitiative, EventPageTag
from .initiatives import InitiativeIndexPage, InitiativePage, InitiativePageTag
from .pages import InformationPage
from .themes import Theme

__all__ = [
    "BudgetGameBallots",
    "BudgetGameIndexPage",
    "BudgetGameOption",
    "BudgetGamePage",
    "BudgetGamePhoto",
    "BudgetGameTable",
    "DistrictContact",
    "DistrictIndexPage",
    "DistrictPage",
    "DistrictVisit",
    "EventIndexPage",
    "EventPage",
    "EventPageRelatedInitiative",
    "EventPageTag",
    "InformationPage",
    "InitiativeIndexPage",
    "InitiativePage",
    "InitiativePageTag",
    "Theme",
]
