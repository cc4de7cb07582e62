"""bims: placeholder until its module is written."""
