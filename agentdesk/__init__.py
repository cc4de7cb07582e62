"""AgentDesk: the service-front workbench for telecom hotline agents and team leads."""

__version__ = "0.1.0"
