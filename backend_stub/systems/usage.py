"""usage: placeholder until its module is written."""
