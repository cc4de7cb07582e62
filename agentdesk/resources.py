"""Where the desk's resources (translations, flows, icons, style sheets, demo knowledge) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package: in a checkout, and in the installed MSI layout alike."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources", Path(sys.prefix) / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
