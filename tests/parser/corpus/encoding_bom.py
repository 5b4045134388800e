# A UTF-8 file starting with a byte order mark.
x = "é"
