"""crm: placeholder until its module is written."""
