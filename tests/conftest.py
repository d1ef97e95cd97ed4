"""Test-wide set-up: Qt runs offscreen unless a display is asked for explicitly, and caches
(the font coverage cache) go to a temporary folder, never the user's."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_CACHE = tempfile.mkdtemp(prefix="procdesk-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
