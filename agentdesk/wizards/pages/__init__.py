"""The pages of the flow wizard, one file each: choosing the flow, working, confirming an action,
answering a question, a failed step, and the outcome with the script to read to the customer."""
