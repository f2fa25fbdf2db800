#!/usr/bin/env python3
# make-library.py: a library of generated procedure files for the benchmarks
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Copies the shipped procedures round-robin into OUT_DIR with new ids (and a
# number after each title, so that a search can tell them apart), COUNT files
# in all. The libraries are made when needed, never committed:
#
#   tests/bench/make-library.py [--bad] SOURCE_DIR OUT_DIR COUNT
#
# With --bad, the last file is broken on purpose (an unknown element), so
# that a benchmark can check that its problem is still reported.
import os
import re
import sys


def main(argv):
    bad = '--bad' in argv
    args = [a for a in argv[1:] if a != '--bad']
    if len(args) != 3:
        sys.stderr.write('usage: make-library.py [--bad] SOURCE_DIR OUT_DIR COUNT\n')
        return 2
    source, out, count = args[0], args[1], int(args[2])
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
        if bad and i == count - 1:
            text = text.replace('<summary>', '<no-such-element/>\n  <summary>', 1)
        with open(os.path.join(out, new_id + '.xml'), 'w', encoding='utf-8') as f:
            f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
