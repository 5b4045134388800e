# -*- coding: latin-1 -*-
# A file declared as latin-1: café and à bientôt.
x = "café"
y = "£µÿ"
