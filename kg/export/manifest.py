"""Moved to `kg.io.manifest`; this name is kept for existing callers and is the same module object."""
import sys

from kg.io import manifest as _moved

sys.modules[__name__] = _moved
