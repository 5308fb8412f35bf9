"""The Django side of the Budget Games: results, explanations, charts, imports
and open data for ``BudgetGamePage``.

Dependencies point one way: this package reads ``civic.models`` and the pure
rules library ``civic.budget``; neither of those imports it.
"""
