#!/usr/bin/env python3
# make-guides.py: a generated library of guides for bench-guides and
# bench-startup --library (issue 16); made when needed, never committed.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Copies the shipped procedures round-robin into OUT_DIR/procedures with new
# ids and a number after each title, COUNT files in all:
#
#   tests/bench/make-guides.py SOURCE_DIR OUT_DIR COUNT
import os
import re
import sys


def main(argv):
    if len(argv) != 4:
        sys.stderr.write('usage: make-guides.py SOURCE_DIR OUT_DIR COUNT\n')
        return 2
    source, out, count = argv[1], os.path.join(argv[2], 'procedures'), int(argv[3])
    names = sorted(n for n in os.listdir(source) if n.endswith('.xml'))
    texts = []
    for name in names:
        with open(os.path.join(source, name), encoding='utf-8') as f:
            texts.append((name[:-4], f.read()))
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        stem, text = texts[i % len(texts)]
        new_id = 'gen%05d-%s' % (i, stem)
        text = re.sub(r'<procedure id="[^"]*"', '<procedure id="%s"' % new_id, text, count=1)
        text = re.sub(r'(<title>)([^<]*)(</title>)', r'\g<1>\g<2> %05d\g<3>' % i, text, count=1)
        with open(os.path.join(out, new_id + '.xml'), 'w', encoding='utf-8') as f:
            f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
