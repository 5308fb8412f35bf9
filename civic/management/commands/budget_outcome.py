"""``manage.py budget_outcome FILE.pb --rule NAME``: the ids of the projects a
rule funds, one per line, so anyone can check a result from the command line.
"""

from django.core.management.base import BaseCommand, CommandError

from civic.budget import BudgetDataError
from civic.budget.pabulib import read_pb
from civic.budget_games.rules import budget_rules


class Command(BaseCommand):
    help = (
        "Print the ids of the projects that a rule funds in a pabulib .pb file, "
        "one per line, in the order the rule selects them."
    )

    def add_arguments(self, parser):
        names = list(budget_rules())
        parser.add_argument("path", help="the pabulib .pb file")
        parser.add_argument(
            "--rule",
            default="mes",
            choices=names,
            help=f"the rule to apply (default: mes); one of: {', '.join(names)}",
        )

    def handle(self, *args, path, rule, **options):
        try:
            data = read_pb(path)
        except (BudgetDataError, OSError) as error:
            raise CommandError(f"{path}: {error}") from None
        outcome = budget_rules()[rule].compute(data.instance, data.profile)
        for project_id in outcome.selected:
            self.stdout.write(project_id)
