#!/bin/bash
# test-cage.sh: the kiosk as a workshop runs it, `cage -- sos-doctor --kiosk`
# under Debian's cage with its headless backend; a grim screenshot must show
# the window filling the whole output, with none of cage's background left.
# cage refuses to run as root: as root, the test runs it as the unprivileged
# user sos-doctor-test, which it creates when it is missing.
# Exit 77 (skipped) only where cage cannot run at all.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

binary=$1
build=${SOS_DOCTOR_BUILD_DIR:?}
test_user=sos-doctor-test

skip () {
  echo "SKIP: $*"
  exit 77
}

fail () {
  echo "FAIL: $*"
  exit 1
}

for tool in cage grim dbus-run-session setsid python3; do
  command -v "$tool" >/dev/null 2>&1 ||
    skip "$tool is not installed (apt-get install cage grim dbus-daemon xwayland)"
done

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id "$test_user" >/dev/null 2>&1; then
    command -v useradd >/dev/null 2>&1 || skip "running as root without useradd: no user to run cage as"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$test_user" || skip "could not create the user $test_user"
  fi
  command -v runuser >/dev/null 2>&1 || skip "running as root without runuser: cannot run cage as $test_user"
  run_as=(runuser -u "$test_user" --)
fi

# Everything the user needs, in a directory the user can read: the build tree
# may be under /root. The binary holds its data; the schema is the build's.
tmp=$(mktemp -d)
session=
cleanup () {
  if [ -n "$session" ]; then
    kill -TERM -- "-$session" 2>/dev/null
    for _ in $(seq 1 20); do
      kill -0 -- "-$session" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$session" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
chmod 755 "$tmp"
mkdir -p "$tmp/bin" "$tmp/schemas" "$tmp/home" "$tmp/run" "$tmp/out"
install -m 755 "$binary" "$tmp/bin/sos-doctor"
install -m 644 "$build/data/gschemas.compiled" "$tmp/schemas/"

# cage starts this instead of the app: it waits until the test has captured
# cage's own background, then becomes the app.
cat >"$tmp/bin/client" <<EOF
#!/bin/sh
touch "$tmp/out/waiting"
while [ ! -e "$tmp/out/go" ]; do sleep 0.1; done
exec "$tmp/bin/sos-doctor" --kiosk
EOF
chmod 755 "$tmp/bin/client"

# A private session bus with no services to activate (GApplication needs a
# bus; desktop portals and the accessibility bus stay out of it).
cat >"$tmp/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp/run</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

if [ ${#run_as[@]} -gt 0 ]; then
  chown -R "$test_user:" "$tmp/home" "$tmp/run" "$tmp/out"
fi
chmod 700 "$tmp/run"

as_user () {
  "${run_as[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$tmp/home" \
    XDG_RUNTIME_DIR="$tmp/run" "$@"
}

# setsid: cage, the bus and the app get a process group of their own, which
# the clean-up ends as a whole.
# `-r -r` turns the output by 180 degrees; grim turns the picture back. Without
# it, cage 0.1.4 scans a fullscreen window's buffer out directly, which the
# headless backend cannot do: screencopy then shows a stale frame (the
# window's first, 860 px wide buffer) or nothing, though the window fills the
# output. A turned output is always composited, as a real screen shows it.
setsid "${run_as[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$tmp/home" \
  XDG_RUNTIME_DIR="$tmp/run" LC_ALL=C.UTF-8 \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$tmp/schemas" \
  GTK_A11Y=none NO_AT_BRIDGE=1 GSK_RENDERER=cairo \
  dbus-run-session --config-file="$tmp/bus.conf" -- cage -r -r -- "$tmp/bin/client" \
  >"$tmp/cage.log" 2>&1 &
session=$!

cage_alive () {
  kill -0 "$session" 2>/dev/null
}

show_log () {
  sed 's/^/  cage: /' "$tmp/cage.log" | grep -v 'Basic output test failed' | tail -30
}

for _ in $(seq 1 200); do
  [ -e "$tmp/out/waiting" ] && break
  cage_alive || break
  sleep 0.1
done
if [ ! -e "$tmp/out/waiting" ]; then
  show_log
  skip "cage did not start its client here (see its log above)"
fi

grab () {
  as_user WAYLAND_DISPLAY=wayland-0 grim -t "$1" "$tmp/out/$2" 2>>"$tmp/grim.log"
}

grab ppm background.ppm ||
  { cat "$tmp/grim.log"; skip "grim cannot capture cage's output here"; }
touch "$tmp/out/go"

analyse () {
  python3 - "$@" <<'EOF'
import sys

def read_ppm(path):
    data = open(path, 'rb').read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b'P6' and fields[3] == b'255', 'not an 8-bit PPM'
    return int(fields[1]), int(fields[2]), data[pos + 1:]

mode, background_path, shot_path = sys.argv[1:4]
bw, bh, back = read_ppm(background_path)
width, height, shot = read_ppm(shot_path)
assert (bw, bh) == (width, height), 'the output changed size'
colour = back[0:3]
if back != colour * (width * height):
    sys.exit('cage\'s background is not one colour: cannot tell it from the window')

if mode == 'mapped':
    sys.exit(0 if shot != back else 1)

def is_background(x, y):
    offset = (y * width + x) * 3
    return shot[offset:offset + 3] == colour

if mode == 'edges':  # quick: does the window reach every edge of the output?
    sys.exit(1 if any(is_background(x, y) for x in (1, width - 2) for y in range(height))
             or any(is_background(x, y) for y in (1, height - 2) for x in range(width)) else 0)

stride = width * 3
background = []  # one row of booleans per row of pixels
for y in range(height):
    row = shot[y * stride:(y + 1) * stride]
    background.append([row[x:x + 3] == colour for x in range(0, stride, 3)])

count = sum(sum(row) for row in background)
empty_columns = [x for x in range(width) if all(background[y][x] for y in range(height))]
empty_rows = [y for y in range(height) if all(background[y])]
xs = [x for x in range(width) if not all(background[y][x] for y in range(height))]
ys = [y for y in range(height) if not all(background[y])]
corners = [(x, y) for x in (1, width - 2) for y in (1, height - 2) if background[y][x]]

print('output %d x %d, cage background #%s' % (width, height, colour.hex()))
print('the window covers x %d..%d, y %d..%d; %.1f %% of the output is background'
      % (xs[0], xs[-1], ys[0], ys[-1], 100.0 * count / (width * height)))
problems = []
if empty_columns:
    problems.append('%d columns show only the background: the window is %d px wide'
                    % (len(empty_columns), width - len(empty_columns)))
if empty_rows:
    problems.append('%d rows show only the background: the window is %d px high'
                    % (len(empty_rows), height - len(empty_rows)))
if corners:
    problems.append('the background shows at the corners %s' % corners)
if count > width * height // 100:
    problems.append('more than 1 % of the output is the background')
for problem in problems:
    print('FAIL: ' + problem)
sys.exit(1 if problems else 0)
EOF
}

mapped=false
for _ in $(seq 1 60); do
  cage_alive || break
  if grab ppm shot.ppm && analyse mapped "$tmp/out/background.ppm" "$tmp/out/shot.ppm"; then
    mapped=true
    break
  fi
  sleep 0.5
done
if ! $mapped; then
  show_log
  fail "sos-doctor --kiosk showed no window under cage within 30 s"
fi

# Give the window time to take its final (fullscreen) size: look again for up
# to 10 s, until it reaches every edge of the output.
for _ in $(seq 1 20); do
  sleep 0.5
  cage_alive || { show_log; fail "cage or the app ended"; }
  grab ppm shot.ppm || { cat "$tmp/grim.log"; fail "grim failed"; }
  analyse edges "$tmp/out/background.ppm" "$tmp/out/shot.ppm" && break
done
grab png kiosk-cage.png && cp "$tmp/out/kiosk-cage.png" "$build/tests/kiosk-cage.png" &&
  echo "screenshot: $build/tests/kiosk-cage.png"
analyse fill "$tmp/out/background.ppm" "$tmp/out/shot.ppm" || fail "the kiosk window does not fill cage's output"
echo "ok: the kiosk window fills cage's output"
