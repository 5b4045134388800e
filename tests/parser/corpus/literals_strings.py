# String and bytes literals: every prefix, quote style, escape sequence and concatenation.
'single'
"double"
'''triple single'''
"""triple double"""
'it\'s'
"say \"hi\""
'mixed "quotes"'
"mixed 'quotes'"
'both \' and "'
''
""
u'unicode prefix'
U"upper U"
r'raw \n stays'
R'raw upper'
r'\''
rb'raw bytes \x00'
Rb'x'
bR'y'
BR'z'
br"\d+"
b'bytes'
B"BYTES"
b'\x00\x01\xff\n\t\r\\'
b'\0\7\77\377'
'\a\b\f\n\r\t\v'
'\x41\x7f\x80\xff'
'\u00e9\u20ac\uffff'
'\U0001F600\U00010000'
'\101\0\12\1234'
'\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{CJK UNIFIED IDEOGRAPH-4E00}'
'\N{HANGUL SYLLABLE GAG}\N{no-break space}'
'unknown \d \w escapes'
'line \
continued'
"""multi
line
string"""
'''with "quotes" and 'quotes' inside'''
'a' 'b' "c"
'a' u'b'
u'a' 'b'
b'a' b'b' rb'c'
('implicit '
 'concatenation '
 'across lines')
'é ü ñ 中文 😀'
'\x00\x1f\x7f\x9f\xa0\xad'
'\u2028\u2029\u200b\ufeff'
'\ud7ff\ue000'
'tab\there'
"'"
'"'
"'\""
'\\'
'\'"'
x = """
    docstring-like
"""
