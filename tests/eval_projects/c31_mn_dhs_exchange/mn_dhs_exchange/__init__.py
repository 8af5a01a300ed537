"""Exchange jobs run by the Minnesota Department of Human Services."""
