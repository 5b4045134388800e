# Refused: importing a module outside the supported ones (math, sys, time).
import os

print(os.getcwd())
