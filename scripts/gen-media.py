#!/usr/bin/env python3
"""Generates the demo backend's placeholder photos (data/media/anh-NN.jpg and
their 320 px variants). Deterministic: same seed, same bytes. Run once; the
output is committed, so the build never needs Python or Pillow."""
import random
from pathlib import Path
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent.parent / "data" / "media"
W, H = 960, 640
PALETTES = [
    ((196, 222, 245), (120, 160, 200), (180, 60, 50)),
    ((250, 226, 190), (200, 140, 90), (60, 90, 130)),
    ((210, 235, 210), (90, 150, 100), (200, 160, 40)),
    ((235, 215, 235), (150, 100, 150), (40, 120, 110)),
    ((220, 220, 230), (110, 110, 140), (200, 80, 60)),
    ((255, 236, 210), (220, 120, 60), (50, 70, 90)),
    ((200, 230, 240), (60, 130, 160), (230, 190, 60)),
    ((240, 240, 220), (150, 150, 90), (130, 50, 60)),
]

def font(size):
    try:
        return ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default()

def make(n, rng):
    sky, ground, accent = PALETTES[n % len(PALETTES)]
    img = Image.new("RGB", (W, H), sky)
    d = ImageDraw.Draw(img)
    for y in range(H):  # vertical gradient sky -> ground
        t = y / H
        c = tuple(int(sky[i] * (1 - t) + ground[i] * t) for i in range(3))
        d.line([(0, y), (W, y)], fill=c)
    x = 0
    while x < W:  # a street of buildings
        bw = rng.randint(60, 140)
        bh = rng.randint(160, 420)
        shade = rng.randint(-30, 30)
        col = tuple(max(0, min(255, ground[i] + shade - 40)) for i in range(3))
        d.rectangle([x, H - bh, x + bw, H], fill=col)
        for wy in range(H - bh + 16, H - 20, 28):
            for wx in range(x + 10, x + bw - 14, 22):
                if rng.random() < 0.7:
                    d.rectangle([wx, wy, wx + 10, wy + 14], fill=(250, 240, 200))
        x += bw + rng.randint(4, 16)
    for _ in range(6):  # people / flags in the accent colour
        cx, cy = rng.randint(40, W - 40), rng.randint(H - 120, H - 40)
        d.ellipse([cx - 14, cy - 40, cx + 14, cy - 12], fill=accent)
        d.rectangle([cx - 16, cy - 12, cx + 16, cy + 40], fill=accent)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    d = ImageDraw.Draw(img)
    label = f"Ảnh minh họa {n:02d}"
    f = font(34)
    d.rectangle([24, 24, 24 + d.textlength(label, font=f) + 28, 84], fill=(0, 0, 0))
    d.text((38, 32), label, font=f, fill=(255, 255, 255))
    return img

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20210205)
    for n in range(1, 17):
        img = make(n, rng)
        img.save(OUT / f"anh-{n:02d}.jpg", "JPEG", quality=70, optimize=True, progressive=True)
        small = img.resize((320, 213), Image.LANCZOS)
        small.save(OUT / f"anh-{n:02d}-320.jpg", "JPEG", quality=72, optimize=True, progressive=True)

if __name__ == "__main__":
    main()
