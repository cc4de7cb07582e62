"""A real desk over the simulator, as for the window tests."""

from tests.views.conftest import desk, signed_in_desk  # noqa: F401
