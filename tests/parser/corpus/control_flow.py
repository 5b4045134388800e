# if/elif/else, while/else, for/else, break/continue, try/except/else/finally.
if a:
    pass
if a: pass
if a: x = 1; y = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a:
    if b:
        pass
    else:
        pass
else:
    if c: pass
while x:
    x -= 1
    if x: break
    else: continue
else:
    done()
while True: pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for *a, b in c: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
for x.attr in y: pass
for x[0] in y: pass
for x in y:
    continue
else:
    pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except E3 as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except a.b.E as e:
    raise
try: x
except: y
else: z
finally: w
