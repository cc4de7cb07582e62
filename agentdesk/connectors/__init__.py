"""Connectors: one module per back-office system over a shared async HTTP client base.

Each returns ``agentdesk.domain`` objects or raises a :class:`~agentdesk.connectors.errors.ConnectorError`.
"""
