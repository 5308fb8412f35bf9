"""Allow ``python -m civic.budget FILE.pb --rule NAME``."""

from civic.budget.cli import main

raise SystemExit(main())
