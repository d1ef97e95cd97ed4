"""The bundled sample workspace: ``procdesk --sample`` and ``procdesk new FILE --sample``.

It is drawn in parts, in order, each in a module of its own; the store then bulk-inserts the
result. A concept that wants to be seen at first start adds a part at the end of ``PARTS``.
"""

from __future__ import annotations

from collections.abc import Callable

from procdesk.model.elements import Entity
from procdesk.sample.audit import add_audit
from procdesk.sample.book import SampleBook
from procdesk.sample.landscape import add_landscape
from procdesk.sample.maturity import add_maturity
from procdesk.sample.performance import add_performance_history
from procdesk.sample.portfolio import add_portfolio
from procdesk.sample.purchase import add_purchase_requisition
from procdesk.sample.raci import add_raci
from procdesk.sample.root_cause import add_root_causes
from procdesk.sample.versions import add_released_versions

PARTS: tuple[Callable[[SampleBook], None], ...] = (
    add_purchase_requisition,
    add_landscape,
    add_raci,
    add_root_causes,
    add_portfolio,
    add_maturity,
    add_audit,
    add_performance_history,
    add_released_versions,
)
"""The parts of the sample, in the order they are drawn (a part may use what earlier ones
named). The release comes last, so that the released version holds all of the process."""


def build_sample() -> list[Entity]:
    """Every entity of the sample workspace, ready to be stored."""
    book = SampleBook()
    for part in PARTS:
        part(book)
    return list(book.editor.workspace)
