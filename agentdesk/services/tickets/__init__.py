"""The ticket desk: one entry and one view for consult, complaint and fault tickets (10000 and 112).

- ``desk.TicketDesk``: submit drafts (through the outbox), dispatch from pretreatment, read and annotate
  tickets.
- ``outbox.TicketOutbox``: drafts stored locally until the ticket system took them, exactly once, in order.
- ``wrapup.WrapUpService``: how each call ended, linked to its runs and tickets.
- ``statistics.TicketStatistics``: the agent's numbers (and the team's, for team leads).
"""
