"""aaa: placeholder until its module is written."""
