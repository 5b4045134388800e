# Indentation, tabs, form feeds, line continuations, comments and blank lines.
if a:
	b = 1
	if c:
		d = 2


  
# comment at column 0
	# indented comment
	e = 3
if f:
        g = 1
        h = 2
if i:
    j = 1
x = 1 + \
    2
y = [1,
2,
     3]
z = (
  # comment inside brackets
  4
)
def f(a,
      b):
  return a \
    + b
if x:    # trailing comment
    pass  ; pass
class C:

    x = 1


    def m(self): pass
while x: x = 0
for i in \
  range(3): pass
"it" \
"joined"
last = 1 # no newline at end