# f-string forms that only Python 3.12 accepts (PEP 701): reused quotes, backslashes and
# comments inside replacement fields, arbitrary nesting.
f"{"nested same quotes"}"
f'{'single inside single'}'
f"{f"{f"{x}"}"}"
f"{'\n'.join(lines)}"
f"{x:{"<"}10}"
f"""{
    x  # a comment
    + y
}"""
f"{"a" + "b"}"
f"{ {'k': 1}['k'] }"
f'{"\\"}'
