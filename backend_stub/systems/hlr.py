"""hlr: placeholder until its module is written."""
