"""billing: placeholder until its module is written."""
