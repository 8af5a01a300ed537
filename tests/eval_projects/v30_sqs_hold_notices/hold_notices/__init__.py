"""Forward detainer hold notices to downstream queues."""
