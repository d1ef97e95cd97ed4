"""``python -m procdesk``: the same as the ``procdesk`` command."""

from procdesk.cli import run

run()
