"""The ticket desk's views: the dock panel (list + detail), the entry form, the wrap-up dialog."""
