# Generates wspulse's PNG icons (committed; rerun to change them).
import math, struct, zlib, sys, os

def png(path, w, h, pixels):
    raw = b''.join(b'\x00' + bytes(pixels[y*w*4:(y+1)*w*4]) for y in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx-ax, by-ay
    t = max(0, min(1, ((px-ax)*dx + (py-ay)*dy) / (dx*dx+dy*dy)))
    return math.hypot(px-(ax+t*dx), py-(ay+t*dy))

def app_icon(size):
    s = size
    pts = [(0.12,0.55),(0.35,0.55),(0.45,0.30),(0.55,0.78),(0.65,0.45),(0.72,0.55),(0.88,0.55)]
    pts = [(x*s, y*s) for x, y in pts]
    r = 0.2*s
    pix = []
    for y in range(s):
        for x in range(s):
            cx, cy = x+0.5, y+0.5
            # rounded square coverage
            qx = max(abs(cx - s/2) - (s/2 - r), 0); qy = max(abs(cy - s/2) - (s/2 - r), 0)
            d = math.hypot(qx, qy) - r
            a = max(0, min(1, 0.5 - d))
            R, G, B = 0x15, 0x65, 0xc0
            # pulse line
            ld = min(seg_dist(cx, cy, *pts[i], *pts[i+1]) for i in range(len(pts)-1))
            la = max(0, min(1, 0.045*s - ld + 0.5))
            R = int(R*(1-la) + 255*la); G = int(G*(1-la) + 255*la); B = int(B*(1-la) + 255*la)
            pix += [R, G, B, int(255*a)]
    return pix

def dot(size, rgb):
    s = size; pix = []
    for y in range(s):
        for x in range(s):
            d = math.hypot(x+0.5-s/2, y+0.5-s/2) - (s/2 - 1.5)
            a = max(0, min(1, 0.5 - d))
            pix += [*rgb, int(255*a)]
    return pix

out = sys.argv[1]
for size in (16, 32, 64, 128, 256):
    png(os.path.join(out, f'wspulse-{size}.png'), size, size, app_icon(size))
for name, rgb in [('open', (0x2e,0x7d,0x32)), ('connecting', (0xef,0x6c,0x00)), ('reconnecting', (0xef,0x6c,0x00)),
                  ('closing', (0x6d,0x4c,0x41)), ('disconnected', (0xc6,0x28,0x28))]:
    png(os.path.join(out, f'state-{name}.png'), 16, 16, dot(16, rgb))
