"""tickets: placeholder until its module is written."""
