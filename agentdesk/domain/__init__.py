"""Domain objects: frozen dataclasses and pure functions about customers, bills, networks and tickets.

Nothing here imports another AgentDesk layer, Qt, HTTP or SQL.
"""
