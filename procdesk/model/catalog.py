"""Every concept module that registers entity kinds (``procdesk.model.registry``).

The store imports this module, so a workspace file knows every table whatever its caller
happened to import. A new concept adds its module here, and nowhere else in the store.
"""

from __future__ import annotations

import procdesk.model.compliance  # requirements, risks, controls and their links
import procdesk.model.landscape  # placements in the landscape, links between processes
import procdesk.model.maturity  # maturity models, assessments, targets
import procdesk.model.portfolio  # initiatives, links, framework
import procdesk.model.releases  # releases and their sign-offs
import procdesk.model.roles  # the role list
import procdesk.model.root_cause  # noqa: F401  (5 Whys, fishbones)
