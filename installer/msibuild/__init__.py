"""Build the AgentDesk Windows MSI on Linux: runtime, wheels, payload, WiX source, wixl."""
