"""Every concept module that registers entity kinds (``procdesk.model.registry``).

The store imports this module, so a workspace file knows every table whatever its caller
happened to import. A new concept adds its module here, and nowhere else in the store.
"""

from __future__ import annotations

import procdesk.model.compliance
import procdesk.model.portfolio  # noqa: F401  (initiatives, links, framework)
