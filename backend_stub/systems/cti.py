"""cti: placeholder until its module is written."""
