# except* (PEP 654).
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass
try:
    raise ExceptionGroup('x', [ValueError()])
except* ValueError as e:
    print(e)
