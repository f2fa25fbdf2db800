#!/usr/bin/env python3
# test-contrast.py: the style sheet's text colours reach 4.5:1 (WCAG AA) on libadwaita's backgrounds
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every rule of ui/style.css that sets a text colour is checked: against the
# rule's own background-color when it has one, else against the window, view
# and card backgrounds, in the light, dark and high-contrast styles. A named
# colour is resolved with libadwaita 1.2's values, copied below.

import re
import sys

# libadwaita 1.2.2, src/stylesheet/_defaults.scss and _colors.scss, compiled
# into the library as /org/gnome/Adwaita/styles/defaults-light.css,
# defaults-dark.css and base.css (see `gresource list libadwaita-1.so.0`).
# The high-contrast styles (base-hc.css) use the same colours with other
# borders and dimming, so they are the light and dark ones with HC_DIM.
PALETTE = {
    'blue_3': '#3584e4', 'blue_4': '#1c71d8',
    'yellow_2': '#f8e45c', 'yellow_5': '#e5a50a',
    'red_3': '#e01b24', 'red_4': '#c01c28',
}
LIGHT = dict(PALETTE, **{
    'accent_color': '@blue_4', 'accent_bg_color': '@blue_3', 'accent_fg_color': 'white',
    'warning_bg_color': '@yellow_5', 'warning_fg_color': 'rgba(0, 0, 0, 0.8)',
    'warning_color': '#9c6e03',
    'error_bg_color': '@red_3', 'error_fg_color': 'white', 'error_color': '@red_4',
    'window_bg_color': '#fafafa', 'window_fg_color': 'rgba(0, 0, 0, 0.8)',
    'view_bg_color': '#ffffff', 'view_fg_color': 'rgba(0, 0, 0, 0.8)',
    'card_bg_color': '#ffffff', 'card_fg_color': 'rgba(0, 0, 0, 0.8)',
})
DARK = dict(PALETTE, **{
    'accent_color': '#78aeed', 'accent_bg_color': '@blue_3', 'accent_fg_color': 'white',
    'warning_bg_color': '#cd9309', 'warning_fg_color': 'rgba(0, 0, 0, 0.8)',
    'warning_color': '@yellow_2',
    'error_bg_color': '@red_4', 'error_fg_color': 'white', 'error_color': '#ff7b63',
    'window_bg_color': '#242424', 'window_fg_color': 'white',
    'view_bg_color': '#1e1e1e', 'view_fg_color': 'white',
    'card_bg_color': 'rgba(255, 255, 255, 0.08)', 'card_fg_color': 'white',
})
# base.css: `.dim-label, ..., row label.subtitle { opacity: 0.55; }`;
# base-hc.css: the same with 0.9.
DIM = 0.55
HC_DIM = 0.9
STYLES = [('light', LIGHT, DIM), ('dark', DARK, DIM),
          ('high contrast', LIGHT, HC_DIM), ('high contrast dark', DARK, HC_DIM)]
MINIMUM = 4.5


def parse_color(text, names):
    """An RGBA tuple (0..1) of a GTK CSS colour expression."""
    text = text.strip()
    if text.startswith('@'):
        return parse_color(names[text[1:]], names)
    if text == 'white':
        return (1.0, 1.0, 1.0, 1.0)
    if text == 'black':
        return (0.0, 0.0, 0.0, 1.0)
    if text == 'transparent':
        return (0.0, 0.0, 0.0, 0.0)
    m = re.fullmatch(r'#([0-9a-fA-F]{6})', text)
    if m:
        v = m.group(1)
        return tuple(int(v[i:i + 2], 16) / 255 for i in (0, 2, 4)) + (1.0,)
    m = re.fullmatch(r'(\w+)\((.*)\)', text, re.S)
    if not m:
        raise ValueError('cannot read the colour ' + text)
    func, args = m.group(1), split_args(m.group(2))
    if func == 'rgba':
        r, g, b, a = (float(x) for x in args)
        return (r / 255, g / 255, b / 255, a)
    if func == 'rgb':
        r, g, b = (float(x) for x in args)
        return (r / 255, g / 255, b / 255, 1.0)
    if func == 'alpha':
        c = parse_color(args[0], names)
        return c[:3] + (min(1.0, max(0.0, c[3] * float(args[1]))),)
    if func == 'shade':
        return shade(parse_color(args[0], names), float(args[1]))
    if func == 'mix':
        a, b, f = parse_color(args[0], names), parse_color(args[1], names), float(args[2])
        return tuple(a[i] + (b[i] - a[i]) * f for i in range(4))
    raise ValueError('unknown colour function ' + func)


def split_args(text):
    args, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ',' and depth == 0:
            args.append(text[start:i])
            start = i + 1
    args.append(text[start:])
    return [a.strip() for a in args]


def shade(c, factor):
    """GTK's shade(): lightness and saturation scaled in HLS (gtkhsla.c)."""
    r, g, b, a = c
    mx, mn = max(r, g, b), min(r, g, b)
    lightness = (mx + mn) / 2
    saturation, hue = 0.0, 0.0
    if mx != mn:
        delta = mx - mn
        saturation = delta / (mx + mn) if lightness <= 0.5 else delta / (2 - mx - mn)
        if r == mx:
            hue = (g - b) / delta
        elif g == mx:
            hue = 2 + (b - r) / delta
        else:
            hue = 4 + (r - g) / delta
        hue = (hue * 60) % 360
    lightness = min(1.0, max(0.0, lightness * factor))
    saturation = min(1.0, max(0.0, saturation * factor))
    if saturation == 0:
        return (lightness, lightness, lightness, a)
    m2 = lightness * (1 + saturation) if lightness <= 0.5 else lightness + saturation - lightness * saturation
    m1 = 2 * lightness - m2

    def channel(h):
        h %= 360
        if h < 60:
            return m1 + (m2 - m1) * h / 60
        if h < 180:
            return m2
        if h < 240:
            return m1 + (m2 - m1) * (240 - h) / 60
        return m1

    return (channel(hue + 120), channel(hue), channel(hue - 120), a)


def over(fg, bg, opacity=1.0):
    """@fg drawn with @opacity on the opaque @bg."""
    a = fg[3] * opacity
    return tuple(fg[i] * a + bg[i] * (1 - a) for i in range(3)) + (1.0,)


def luminance(c):
    def lin(v):
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in c[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def backgrounds(names):
    window = parse_color('@window_bg_color', names)
    view = parse_color('@view_bg_color', names)
    card = parse_color('@card_bg_color', names)
    return {'window': window, 'view': view,
            'card on window': over(card, window), 'card on view': over(card, view)}


def rules(css):
    css = re.sub(r'/\*.*?\*/', '', css, flags=re.S)
    for m in re.finditer(r'([^{}]+)\{([^{}]*)\}', css):
        selectors = [s.strip() for s in m.group(1).split(',')]
        decls = {}
        for decl in m.group(2).split(';'):
            if ':' in decl:
                key, value = decl.split(':', 1)
                decls[key.strip()] = value.strip()
        yield selectors, decls


def check(css):
    failures, checked = [], []
    for selectors, decls in rules(css):
        if 'color' not in decls:
            continue
        for style, names, dim in STYLES:
            fg = parse_color(decls['color'], names)
            for selector in selectors:
                opacity = float(decls.get('opacity', '1'))
                if 'opacity' not in decls and ('subtitle' in selector or 'dim-label' in selector):
                    opacity = dim
                if 'background-color' in decls:
                    grounds = {name: over(parse_color(decls['background-color'], names), bg)
                               for name, bg in backgrounds(names).items()}
                else:
                    grounds = backgrounds(names)
                for ground, bg in grounds.items():
                    ratio = contrast(over(fg, bg, opacity), bg)
                    checked.append(selector)
                    if ratio < MINIMUM:
                        failures.append(f'{selector} in {style} on {ground}: {ratio:.2f}:1')
    return failures, checked


def main():
    path = sys.argv[1]
    with open(path, encoding='utf-8') as f:
        css = f.read()

    # The measure itself: libadwaita's dimmed red subtitle on white is the
    # 2.8:1 this test was written against, and white on black is 21:1.
    dimmed = over(parse_color('@error_color', LIGHT), (1, 1, 1, 1), DIM)
    assert 2.7 < contrast(dimmed, (1, 1, 1, 1)) < 2.9, contrast(dimmed, (1, 1, 1, 1))
    assert abs(contrast((1, 1, 1, 1), (0, 0, 0, 1)) - 21) < 1e-9
    assert abs(luminance(shade((0.5, 0.5, 0.5, 1), 2.0)) - 1.0) < 1e-9
    # A rule that fails is reported.
    bad, _ = check('.x { color: @warning_color; }')
    assert any('light on window' in b for b in bad), bad

    failures, checked = check(css)
    for needed in ('row.error label.subtitle', 'row.warning label.subtitle', '.error', '.warning'):
        if needed not in checked:
            failures.append(f'no text colour for {needed} in {path}')
    for failure in failures:
        print('below 4.5:1:', failure)
    print(f'{len(checked)} colour pairs checked, {len(failures)} below {MINIMUM}:1')

    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
