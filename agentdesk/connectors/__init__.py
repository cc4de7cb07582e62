"""Connectors: one module per back-office system over a shared async HTTP client base.

Each returns ``agentdesk.domain`` objects or raises a :class:`~agentdesk.connectors.errors.ConnectorError`.
How the desk uses them::

    office = BackOffice(BackendConfig.from_base_url(url))       # or BackendConfig.load(path)
    office.health.subscribe(on_health)                          # SystemHealth per call (status bar)
    office.on_unauthorised(show_login_again)                    # any 401, from any system
    session = await office.login(user, password)
    customer = (await office.crm.search(classify_search(text))).items[0]
    key = new_idempotency_key()                                 # one per intended write; reuse it on retry
    result = await office.hlr.sync_from_crm(number, idempotency_key=key)   # Activation: changes, replayed
    await office.aclose()

Systems: ``auth``, ``crm``, ``billing``, ``usage``, ``hlr``, ``bims``, ``aaa``, ``ismp``, ``tickets``, ``kb``.
Every module lists its parsers in ``PARSERS`` (the fuzz test feeds each one bad JSON).
"""
