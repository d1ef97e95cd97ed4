"""``python -m procdesk``: the same as the ``procdesk`` command."""

import sys

from procdesk.cli import main

sys.exit(main())
