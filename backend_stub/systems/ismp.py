"""ismp: placeholder until its module is written."""
