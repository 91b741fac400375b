"""Child processes that never outlive their parent: a killed build or server leaves nothing running.

Kept apart from the build and the proxy so that each can use it without importing the other.
"""

from __future__ import annotations

import ctypes
import signal
import sys

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def kill_me_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies, even by SIGKILL (Linux only).

    Safe in a child between fork and exec (no threads, no allocation beyond the call); False where the
    platform has no such request, so the caller can fall back to watching its parent.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    except (OSError, AttributeError):
        return False
