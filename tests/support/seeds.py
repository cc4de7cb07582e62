"""Seeds of the trouble suite's random tests: new every run on a developer's machine (to explore), fixed under
CI (a landing should not hang on the dice), and always replayable from an environment variable."""

from __future__ import annotations

import os
import random

#: the seed CI uses when the replay variable is not set
CI_SEED = 20261126


def trouble_seed(variable: str) -> int:
    """``$variable`` when set, else a fixed seed under CI (``$CI``), else a fresh random one."""
    if os.environ.get(variable):
        return int(os.environ[variable])
    return CI_SEED if os.environ.get("CI") else random.randrange(1_000_000)
