"""kb: placeholder until its module is written."""
