#!/usr/bin/env python3
# draw-illustrations.py: draws the guides' illustrations as GTK symbolic SVGs
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The drawings are made here, from lines and shapes, for SOS Doctor. GTK
# recolours a symbolic icon by overriding the fill of its <path>, <rect> and
# <circle> elements, never their stroke: so every line is drawn as a filled
# outline. A part with class="error" takes the theme's error colour (the red
# light); opacity gives the lighter surfaces.
#
# Run it from this directory after changing a drawing: ./draw-illustrations.py

import math

W, H = 240, 160
LINE = 3.0
THIN = 2.0


def fmt(v):
    s = '%.1f' % v
    return s[:-2] if s.endswith('.0') else s


def pts(points):
    return ' '.join('%s %s' % (fmt(x), fmt(y)) for x, y in points)


# Point lists ---------------------------------------------------------------

def seg(p, q, n=1):
    return [(p[0] + (q[0] - p[0]) * i / n, p[1] + (q[1] - p[1]) * i / n) for i in range(n + 1)]


def arc(cx, cy, r, a0, a1, step=8.0):
    n = max(2, int(abs(a1 - a0) / step) + 1)
    return [(cx + r * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             cy + r * math.sin(math.radians(a0 + (a1 - a0) * i / n))) for i in range(n + 1)]


def cubic(p0, p1, p2, p3, n=16):
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append((u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
                    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]))
    return out


def join(*parts):
    out = []
    for part in parts:
        for p in part:
            if not out or math.dist(out[-1], p) > 0.01:
                out.append(p)
    return out


def rrect(x, y, w, h, r):
    return join(arc(x + w - r, y + r, r, -90, 0), arc(x + w - r, y + h - r, r, 0, 90),
                arc(x + r, y + h - r, r, 90, 180), arc(x + r, y + r, r, 180, 270))


def circle_pts(cx, cy, r):
    return arc(cx, cy, r, 0, 360)[:-1]


def frame(ox, oy, angle, points):
    """Places points drawn in a local frame: rotated by angle, then moved."""
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return [(ox + x * c - y * s, oy + x * s + y * c) for x, y in points]


def rrect_d(x, y, w, h, r):
    r = min(r, w / 2, h / 2)
    return ('M%s %sH%sA%s %s 0 0 1 %s %sV%sA%s %s 0 0 1 %s %sH%sA%s %s 0 0 1 %s %sV%sA%s %s 0 0 1 %s %sZ'
            % tuple(fmt(v) for v in (x + r, y, x + w - r, r, r, x + w, y + r, y + h - r, r, r,
                                     x + w - r, y + h, x + r, r, r, x, y + h - r, y + r, r, r,
                                     x + r, y)))


def circle_d(cx, cy, r):
    return ('M%s %sA%s %s 0 1 1 %s %sA%s %s 0 1 1 %s %sZ'
            % tuple(fmt(v) for v in (cx - r, cy, r, r, cx + r, cy, r, r, cx - r, cy)))


# Offsets -------------------------------------------------------------------

def _normal(p, q):
    dx, dy = q[0] - p[0], q[1] - p[1]
    d = math.hypot(dx, dy) or 1.0
    return (-dy / d, dx / d)


def _offset(points, d, closed):
    n = len(points)
    out = []
    for i in range(n):
        if closed:
            a, b, c = points[i - 1], points[i], points[(i + 1) % n]
        else:
            a = points[i - 1] if i > 0 else None
            b = points[i]
            c = points[i + 1] if i < n - 1 else None
        n1 = _normal(a, b) if a else None
        n2 = _normal(b, c) if c else None
        if n1 and n2:
            m = (n1[0] + n2[0], n1[1] + n2[1])
            ml = math.hypot(*m)
            if ml < 1e-6:
                m = n1
            else:
                m = (m[0] / ml, m[1] / ml)
            k = d / max(0.5, m[0] * n1[0] + m[1] * n1[1])
        else:
            m = n1 or n2
            k = d
        out.append((b[0] + m[0] * k, b[1] + m[1] * k))
    return out


# Elements ------------------------------------------------------------------

class Drawing:
    def __init__(self, name):
        self.name = name
        self.defs = []
        self.body = []
        self.groups = []

    def _add(self, element):
        self.body.append(element)

    def group(self, clip=None):
        self._add('<g clip-path="url(#%s)">' % clip)

    def end(self):
        self._add('</g>')

    def clip(self, cid, shape_d, transform=None):
        """A clip keeping what lies outside a closed shape (a path's d)."""
        t = ' transform="%s"' % transform if transform else ''
        self.defs.append('<clipPath id="%s"><path clip-rule="evenodd"%s d="M-300 -300H300V300H-300Z%s"/>'
                         '</clipPath>' % (cid, t, shape_d))

    def attrs(self, cls, opacity):
        a = ''
        if cls:
            a += ' class="%s"' % cls
        if opacity is not None:
            a += ' opacity="%s"' % opacity
        return a

    def _capsule(self, points, w):
        left = _offset(points, w / 2, False)
        right = _offset(points, -w / 2, False)
        r = fmt(w / 2)
        d = 'M' + pts(left)
        d += 'A%s %s 0 0 1 %s' % (r, r, pts(right[-1:]))
        d += 'L' + pts(right[::-1])
        d += 'A%s %s 0 0 1 %sZ' % (r, r, pts(left[:1]))
        return d

    def line(self, points, w=LINE, cls=None, opacity=None):
        """An open line with round ends."""
        self.lines([points], w, cls, opacity)

    def lines(self, many, w=LINE, cls=None, opacity=None):
        """Open lines with round ends, as one element."""
        d = ''.join(self._capsule(p, w) for p in many)
        self._add('<path%s d="%s"/>' % (self.attrs(cls, opacity), d))

    def outline(self, points, w=LINE, cls=None, opacity=None):
        """The outline of a closed shape given by its points."""
        outer = _offset(points, w / 2, True)
        inner = _offset(points, -w / 2, True)
        d = 'M' + pts(outer) + 'ZM' + pts(inner[::-1]) + 'Z'
        self._add('<path fill-rule="evenodd"%s d="%s"/>' % (self.attrs(cls, opacity), d))

    def fill(self, points, cls=None, opacity=None):
        self._add('<path%s d="M%sZ"/>' % (self.attrs(cls, opacity), pts(points)))

    def box(self, x, y, w, h, r, line=LINE, cls=None, opacity=None, fill=None, transform=None):
        """A rounded rectangle's outline, and its surface at opacity fill."""
        t = ' transform="%s"' % transform if transform else ''
        if fill is not None:
            self._add('<rect%s%s opacity="%s" x="%s" y="%s" width="%s" height="%s" rx="%s"/>'
                      % (self.attrs(cls, None), t, fill, fmt(x), fmt(y), fmt(w), fmt(h), fmt(r)))
        h2 = line / 2
        d = rrect_d(x - h2, y - h2, w + line, h + line, r + h2)
        d += rrect_d(x + h2, y + h2, w - line, h - line, max(0.0, r - h2))
        self._add('<path fill-rule="evenodd"%s%s d="%s"/>' % (self.attrs(cls, opacity), t, d))

    def dot(self, cx, cy, r, cls=None, opacity=None):
        self._add('<circle%s cx="%s" cy="%s" r="%s"/>' % (self.attrs(cls, opacity), fmt(cx), fmt(cy), fmt(r)))

    def ring(self, cx, cy, r, w=LINE, cls=None, opacity=None):
        d = circle_d(cx, cy, r + w / 2) + circle_d(cx, cy, r - w / 2)
        self._add('<path fill-rule="evenodd"%s d="%s"/>' % (self.attrs(cls, opacity), d))

    def arrow(self, p, q, w=LINE, head=8, cls=None):
        """A line from p to q with an open arrowhead at q."""
        self.line([p, q], w, cls)
        a = math.atan2(q[1] - p[1], q[0] - p[0])
        for s in (-1, 1):
            b = a + math.pi + s * math.radians(35)
            self.line([q, (q[0] + head * math.cos(b), q[1] + head * math.sin(b))], w, cls)

    def save(self):
        out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
               % (W, H, W, H)]
        if self.defs:
            out.append('<defs>' + ''.join(self.defs) + '</defs>')
        out += self.body
        out.append('</svg>')
        with open(self.name + '-symbolic.svg', 'w') as f:
            f.write('\n'.join(out) + '\n')


# The drawings ----------------------------------------------------------------

def check(d, x, y, s=1.0):
    d.line([(x - 8 * s, y), (x - 2 * s, y + 6 * s), (x + 9 * s, y - 7 * s)], LINE, 'success')


def cross(d, x, y, s=1.0):
    d.line([(x - 7 * s, y - 7 * s), (x + 7 * s, y + 7 * s)], LINE, 'error')
    d.line([(x + 7 * s, y - 7 * s), (x - 7 * s, y + 7 * s)], LINE, 'error')


def hand():
    """A right hand pointing with its index finger, the tip at (0, 0) and the
    finger along -x; the fingers curled below, the wrist far to the right."""
    return join(arc(8, 0, 8, 90, 270, 15),
                seg((8, -8), (52, -9)),
                cubic((52, -9), (60, -10), (64, -18), (76, -20), 6),
                cubic((76, -20), (96, -23), (120, -24), (160, -22), 6),
                seg((160, -22), (160, 52)),
                cubic((160, 52), (120, 54), (96, 50), (84, 46), 6),
                cubic((84, 46), (72, 44), (64, 38), (64, 28), 6),
                cubic((64, 28), (60, 24), (56, 18), (56, 12), 6),
                cubic((56, 12), (54, 9), (50, 8), (44, 8), 4),
                seg((44, 8), (8, 8)))[:-1]


def volume_knob():
    """A finger holds the radio's volume knob pressed in; a stopwatch says how long."""
    d = Drawing('volume-knob')
    cx, cy, ang = 106, 88, 34
    outline = frame(cx, cy, ang, hand())
    d.clip('no-hand', 'M' + pts(outline) + 'Z')

    d.group('no-hand')
    d.box(14, 20, 212, 128, 16)
    d.box(34, 28, 172, 22, 5, THIN, fill='0.2')
    d.dot(cx, cy, 27, opacity='0.15')
    d.ring(cx, cy, 27)
    d.ring(cx, cy, 19, THIN)
    d.lines([[(cx + 21.5 * math.cos(math.radians(a)), cy + 21.5 * math.sin(math.radians(a))),
              (cx + 24.5 * math.cos(math.radians(a)), cy + 24.5 * math.sin(math.radians(a)))]
             for a in range(0, 360, 20)], 1.5)
    # Pressed: rings around the knob.
    d.line(arc(cx, cy, 34, 150, 250), THIN)
    d.line(arc(cx, cy, 40, 160, 240), THIN, opacity='0.6')
    # A stopwatch: hold for the countdown.
    sx, sy = 44, 98
    d.ring(sx, sy, 16)
    d.fill(join(arc(sx, sy, 12, -90, 180), [(sx, sy)]), opacity='0.35')
    d.line([(sx, sy), (sx, sy - 10)], THIN)
    d.line([(sx - 5, sy - 23), (sx + 5, sy - 23)])
    d.line([(sx, sy - 23), (sx, sy - 18)])
    d.end()

    d.outline(outline)
    # The curled fingers, the thumb along them, the nail.
    d.lines([frame(cx, cy, ang, cubic((64, 28), (72, 26), (82, 28), (92, 32), 6)),
             frame(cx, cy, ang, cubic((56, 12), (66, 10), (78, 12), (90, 16), 6)),
             frame(cx, cy, ang, cubic((66, -6), (80, -4), (96, -4), (112, -8), 6))], THIN)
    d.box(1.5, -5, 12, 10, 4, 1.5, transform='translate(%d %d) rotate(%d)' % (cx, cy, ang))
    d.save()


def letter_s(d, x, y, h, w=THIN):
    r = h / 4
    d.line(join(arc(x, y - r, r, -20, -270), arc(x, y + r, r, -90, 160)), w)


def sos_button():
    """The overhead console: the flap lifted, the SOS button and its light."""
    d = Drawing('sos-button')
    d.line(cubic((-4, 20), (70, 4), (170, 4), (244, 20)), THIN, opacity='0.6')
    d.box(28, 30, 184, 104, 24, fill='0.1')
    for x in (42, 158):
        d.box(x, 46, 40, 26, 10, THIN, fill='0.25')
    # The recess, its flap lifted towards the viewer.
    d.box(84, 70, 72, 54, 10, THIN)
    flap = [(88, 70), (152, 70), (146, 48), (94, 48)]
    d.fill(flap, opacity='0.3')
    d.outline(flap, THIN)
    # The button, with SOS on it.
    d.box(92, 78, 56, 28, 7, fill='0.2')
    letter_s(d, 106, 92, 14)
    d.ring(120, 92, 6.5, THIN)
    letter_s(d, 134, 92, 14)
    # Its light.
    d.dot(120, 115, 3.5)
    d.lines([[(120 + 7 * math.cos(math.radians(a)), 115 + 7 * math.sin(math.radians(a))),
              (120 + 12 * math.cos(math.radians(a)), 115 + 12 * math.sin(math.radians(a)))]
             for a in (170, 210, 330, 10)], 1.5)
    d.save()


def battery():
    """The battery's negative terminal comes off first: a spanner on it, and a 1."""
    d = Drawing('battery-negative-first')
    nx, px, top = 72, 168, 62
    rx, ry, rr = nx, 44, 11
    spanner = 'translate(%d %d) rotate(210)' % (rx, ry)
    handle = (8, -6, 62, 12, 6)
    d.clip('no-ring', circle_d(rx, ry, rr + 2))
    d.clip('no-handle', rrect_d(*handle), spanner)

    d.group('no-handle')
    d.group('no-ring')
    d.box(36, top, 168, 88, 8, fill='0.1')
    d.line([(36, top + 18), (204, top + 18)], THIN)
    for x in (nx, px):
        d.box(x - 11, top - 14, 22, 14, 3)
    d.box(px - 9, top - 22, 18, 9, 3, THIN)
    d.line(cubic((px + 9, top - 18), (200, 36), (220, 30), (244, 30)), 5)
    # The signs on the case.
    d.lines([[(nx - 9, top + 46), (nx + 9, top + 46)], [(px - 9, top + 46), (px + 9, top + 46)],
             [(px, top + 37), (px, top + 55)]], 3.5)
    # First: a 1, pointing to the negative terminal.
    d.ring(120, 28, 13, THIN)
    d.line([(116, 24), (121, 20), (121, 36)], THIN)
    d.arrow((106, 34), (88, 46), THIN, 6)
    d.end()
    d.end()

    d.group('no-handle')
    d.ring(rx, ry, rr)
    d.outline([(rx + 6 * math.cos(math.radians(a)), ry + 6 * math.sin(math.radians(a)))
               for a in range(0, 360, 60)], 1.5)
    d.end()
    d.group('no-ring')
    d.box(*handle, transform=spanner)
    d.end()
    d.save()


def blade_fuse(d, x, y, blown):
    d.box(x, y, 44, 56, 6, fill='0.12')
    d.line([(x + 6, y + 12), (x + 38, y + 12)], 1.5, opacity='0.6')
    for lx in (x + 6, x + 28):
        d.box(lx, y + 56, 10, 38, 2)
    if blown:
        d.lines([[(x + 11, y + 54), (x + 11, y + 24), (x + 15, y + 24)],
                 [(x + 29, y + 24), (x + 33, y + 24), (x + 33, y + 54)]], 3)
        d.dot(x + 16, y + 24, 3)
        d.dot(x + 28, y + 24, 3)
    else:
        d.line([(x + 11, y + 54), (x + 11, y + 24), (x + 33, y + 24), (x + 33, y + 54)], 3)


def fuses():
    """A fuse box with one fuse pulled; a good fuse beside a blown one."""
    d = Drawing('fuse-good-blown')
    d.box(10, 26, 68, 108, 8, fill='0.1')
    for row in range(5):
        for col in range(2):
            x, y = 20 + col * 26, 36 + row * 19
            if (row, col) == (2, 1):
                d.box(x, y, 22, 13, 3, 1.5, opacity='0.6')
                continue
            d.box(x, y, 22, 13, 3, 1.5, fill='0.35')
    d.arrow((72, 80), (94, 70), THIN, 6)
    blade_fuse(d, 104, 22, False)
    blade_fuse(d, 176, 22, True)
    check(d, 126, 140)
    cross(d, 198, 140)
    d.save()


def fibre_light():
    """A fibre-optic plug, unplugged: one of its two fibres glows red."""
    d = Drawing('fibre-red-light')
    d.box(34, 48, 104, 64, 10, fill='0.1')
    d.box(62, 36, 48, 14, 4, THIN)
    d.line([(52, 60), (52, 100)], THIN, opacity='0.6')
    for y in (66, 94):
        d.box(138, y - 6, 18, 12, 3, THIN)
    d.line(cubic((34, 66), (14, 66), (10, 52), (-6, 50)), 4)
    d.line(cubic((34, 94), (14, 94), (10, 108), (-6, 112)), 4)
    # The red light from the upper fibre.
    d.dot(162, 66, 13, 'error', '0.3')
    d.dot(160, 66, 4.5, 'error')
    for a in (-36, -18, 0, 18, 36):
        r = math.radians(a)
        d.line([(160 + 17 * math.cos(r), 66 + 17 * math.sin(r)),
                (160 + 32 * math.cos(r), 66 + 32 * math.sin(r))], THIN, 'error')
    # The lower fibre is the outgoing one: no light.
    d.dot(160, 94, 3, opacity='0.4')
    d.save()


def splice():
    """Two fibre ends meet in a splice; a gentle curve is fine, a tight bend is not."""
    d = Drawing('fibre-splice')
    d.box(78, 30, 84, 38, 8, fill='0.12')
    d.box(102, 20, 36, 12, 4, THIN)
    d.line([(-4, 49), (70, 49)], 6)
    d.line([(170, 49), (244, 49)], 6)
    d.line([(70, 49), (118, 49)], THIN)
    d.line([(122, 49), (170, 49)], THIN)
    d.arrow((30, 34), (52, 34), THIN, 6)
    d.arrow((210, 34), (188, 34), THIN, 6)
    # A gentle curve, its radius drawn...
    cx, cy, r = 64, 150, 40
    d.line(join([(cx - r, 164)], arc(cx, cy, r, 180, 270), [(cx + 44, cy - r)]), 4)
    d.dot(cx, cy, 3)
    d.arrow((cx, cy), (cx - r * 0.68 + 3, cy - r * 0.68 + 3), 1.5, 5)
    check(d, 124, 128)
    # ...and a tight bend.
    d.line(join([(160, 164)], arc(174, 116, 8, 180, 360), [(182, 164)]), 4)
    cross(d, 214, 128)
    d.save()


for draw in (volume_knob, sos_button, battery, fuses, fibre_light, splice):
    draw()
