# Sorting instances: by __lt__ (sorted, min, max, list.sort), by key functions reading
# attributes, in reverse, with ties kept in their original order (stable sorts).


class Employee:
    def __init__(self, name, dept, salary, age):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def __lt__(self, other):
        if self.dept != other.dept:
            return self.dept < other.dept
        return self.salary > other.salary

    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary})"


staff = [
    Employee("ann", "eng", 120, 34),
    Employee("bob", "ops", 90, 45),
    Employee("cid", "eng", 150, 29),
    Employee("dee", "ops", 90, 31),
    Employee("eve", "eng", 120, 52),
    Employee("fay", "hr", 70, 38),
]
print(sorted(staff))
print(min(staff), max(staff))
print(sorted(staff, key=lambda e: e.age))
print(sorted(staff, key=lambda e: e.salary, reverse=True))
print([e.name for e in sorted(staff, key=lambda e: (e.dept, e.name))])
by_salary = list(staff)
by_salary.sort(key=lambda e: e.salary)
print([e.name for e in by_salary])
staff.sort()
print([e.name for e in staff])
staff.sort(reverse=True)
print([e.name for e in staff])
groups = {}
for e in sorted(staff, key=lambda e: e.name):
    groups.setdefault(e.dept, []).append(e.name)
print(groups)
