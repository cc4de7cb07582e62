"""Command-line runner for pretreatment flows (``python -m agentdesk.flows``): check flow files, list
them, and run one for a service number without the desk's window. See ``__main__`` for the usage."""
