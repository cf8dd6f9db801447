#!/usr/bin/env python3
"""Peer for the Cobertura benchmark: what a team would script without
tollgate. Streams a Cobertura XML with xml.etree.ElementTree.iterparse
(clearing elements as it goes, so memory stays bounded) and prints
lines covered/valid and branches covered/valid, counting each class's
<lines><line> once (method lines repeat them).

    cobertura_sum.py REPORT.xml
"""
import re
import sys
import xml.etree.ElementTree as ET

COND = re.compile(r"\((\d+)/(\d+)\)")


def main():
    lines = covered = branches = branches_covered = 0
    depth_in_method = 0
    seen = {}
    for event, elem in ET.iterparse(sys.argv[1], events=("start", "end")):
        tag = elem.tag
        if event == "start":
            if tag == "method":
                depth_in_method += 1
            elif tag == "class":
                seen = {}
            continue
        if tag == "method":
            depth_in_method -= 1
        elif tag == "line" and depth_in_method == 0:
            number = int(elem.get("number"))
            hits = int(elem.get("hits", "0"))
            if number not in seen:
                lines += 1
                seen[number] = hits
                if hits > 0:
                    covered += 1
            if elem.get("branch") == "true":
                m = COND.search(elem.get("condition-coverage", ""))
                if m:
                    branches_covered += int(m.group(1))
                    branches += int(m.group(2))
        if tag in ("line", "class", "package"):
            elem.clear()
    print("lines %d of %d, branches %d of %d" % (covered, lines, branches_covered, branches))


if __name__ == "__main__":
    main()
