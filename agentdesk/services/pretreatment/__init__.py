"""Pretreatment: defined flows for the hot complaints, one engine that runs any of them, run records.

- ``loader``: reads and checks ``resources/flows/*.toml`` (problems name file, step and what is wrong);
- ``engine.FlowEngine``: runs a flow headlessly with a driver taking the agent's part (``runs``);
- ``queries*``/``actions``: the named look-ups and confirmed writes flow files may use (``vocabulary``);
- ``dispatch``: the ticket for what the front line cannot fix, and the run reports for statistics;
- ``records``: the local history of runs; ``service.PretreatmentService``: what the desk calls.
"""
