# Hello world for the start-up benchmark: start an engine, print one line, stop.
print("Hello, world!")
