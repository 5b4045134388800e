# The empty program of the start-up benchmark: what it costs to start an engine and stop it.
