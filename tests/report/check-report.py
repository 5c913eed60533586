#!/usr/bin/env python3
"""Reads the sample class report back with real readers: openpyxl for the .xlsx (sheet names,
score cells are numbers with a percent format, names in Azerbaijani alphabetical order) and
Python's csv module for both CSV formats (numbers parse as numbers with the format's decimal
separator; no number looks like a date).
Usage: check-report.py SAMPLE_PROGRAM OUTDIR"""
import csv
import os
import re
import subprocess
import sys

try:
    import openpyxl
except ImportError:
    print("python3-openpyxl is not installed (bash .ci/deps --tests)")
    sys.exit(77)

program, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


ORDER = ["Aysel Məmmədova", "Aysel Məmmədova", "Çingiz Əliyev", "İlqar Nəsirov",
         "Rəşad Quliyev", "Şəbnəm İsmayılova", "Ülvi Həsənli"]

for fmt, sep, point in (("comma", ",", "."), ("semicolon", ";", ",")):
    subprocess.run([program, outdir, fmt], check=True)
    with open(os.path.join(outdir, f"class-report-{fmt}.csv"), encoding="utf-8-sig",
              newline="") as f:
        rows = list(csv.reader(f, delimiter=sep))
    header = rows[0]
    check(header[:3] == ["learner", "learner id", "uid"], f"{fmt}: header {header[:3]}")
    learners = [r for r in rows[1:] if r[11] != "not submitted"]
    check([r[0] for r in learners] == ORDER, f"{fmt}: names in order {[r[0] for r in learners]}")
    score = header.index("score %")
    minutes = header.index("minutes")
    for r in learners:
        for col in (score, minutes):
            cell = r[col]
            # A number in the locale's form: digits, the locale's decimal separator, digits.
            check(re.fullmatch(r"\d+" + re.escape(point) + r"\d", cell) is not None,
                  f"{fmt}: {cell!r} is a number with '{point}'")
            check(float(cell.replace(point, ".")) >= 0, f"{fmt}: {cell!r} parses")
    ulvi = next(r for r in learners if r[0] == "Ülvi Həsənli")
    check(ulvi[score] == f"0{point}0", f"{fmt}: Ülvi's score {ulvi[score]!r}")
    rashad = next(r for r in learners if r[0] == "Rəşad Quliyev")
    check(rashad[score] == f"75{point}0", f"{fmt}: Rəşad's score {rashad[score]!r}")
    check(any(r[0] == "Nərgiz Kərimova" and r[11] == "not submitted" for r in rows),
          f"{fmt}: the missing learner is listed")

book = openpyxl.load_workbook(os.path.join(outdir, "class-report.xlsx"))
check(book.sheetnames == ["Summary", "Learners", "Learner × question", "Categories",
                          "Wrong answers"], f"sheets {book.sheetnames}")
sheet = book["Learners"]
head = [c.value for c in sheet[1]]
check(head[:2] == ["Learner", "Learner id"], f"xlsx header {head}")
score_col = head.index("Score") + 1
names = []
for row in range(2, sheet.max_row + 1):
    status = sheet.cell(row, head.index("Status") + 1).value
    if status == "not submitted":
        continue
    names.append(sheet.cell(row, 1).value)
    cell = sheet.cell(row, score_col)
    check(cell.data_type == "n" and isinstance(cell.value, (int, float)),
          f"xlsx score {cell.value!r} is a number")
    check("%" in cell.number_format, f"xlsx score format {cell.number_format}")
    check(sheet.cell(row, head.index("Attempts") + 1).data_type == "n", "attempts are numbers")
check(names == ORDER, f"xlsx names in order {names}")
grid = book["Learner × question"]
check(str(grid.cell(1, 3).value).startswith("Q1 In which year"), f"grid header {grid.cell(1, 3).value}")
categories = book["Categories"]
check([c.value for c in categories[1]][2:] == ["dates", "figures", "victims", "ideas"],
      f"categories {[c.value for c in categories[1]]}")
summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows() if r[0].value}
check(summary.get("Learners") == 7, f"summary learners {summary.get('Learners')}")
check(summary.get("Unfinished") == 1, f"summary unfinished {summary.get('Unfinished')}")

print("ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
