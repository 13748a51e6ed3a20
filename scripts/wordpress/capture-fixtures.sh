#!/usr/bin/env bash
# Captures tests/fixtures/wordpress/ from the running local WordPress (setup.sh first):
# the bodies exactly as WordPress answers, pretty-printed (UTF-8, unescaped slashes; the
# values are unchanged), and for lists a sibling .headers file with the response headers.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../../tests/fixtures/wordpress"
API="${WP_API:-http://127.0.0.1:18400/wp-json/wp/v2}"
ORIGIN="${WP_ORIGIN:-http://127.0.0.1:18080}"
# The reference (seed) article, named in one place for every tool.
REF_SLUG="$(php -r 'echo json_decode(file_get_contents($argv[1]))->slug;' "$HERE/../../tests/fixtures/seed.json")"
SCRIPT_SLUG="thong-bao-to-chuc-le-hoi-trung-thu-pho-co-hang-ma-nam-2024"
mkdir -p "$OUT"

pretty() {  # stdin: JSON as WordPress sent it; stdout: the same JSON, pretty-printed
  php -r '$v = json_decode(stream_get_contents(STDIN));
    if (json_last_error()) { fwrite(STDERR, json_last_error_msg() . "\n"); exit(1); }
    echo json_encode($v, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";'
}

# fetch NAME URL [with-headers]
fetch() {
  local name="$1" url="$2" headers="${3:-}" body hdr code
  body="$(mktemp)"; hdr="$(mktemp)"
  # With an Origin, as a browser on the portal's origin asks (the body is the same).
  code="$(curl -sS -H "Origin: $ORIGIN" -D "$hdr" -o "$body" -w '%{http_code}' "$url")"
  [ "$code" = 200 ] || { echo "GET $url -> HTTP $code" >&2; exit 1; }
  pretty <"$body" >"$OUT/$name.json"
  if [ -n "$headers" ]; then
    tr -d '\r' <"$hdr" | sed '/^$/d' >"$OUT/$name.headers"
  fi
  rm -f "$body" "$hdr"
  echo "$OUT/$name.json"
}

fetch categories "$API/categories?per_page=100&_fields=id,name,slug,count,parent" headers
fetch posts-page1 "$API/posts?per_page=10&page=1&_embed=wp:featuredmedia,author&_fields=id,slug,title,date_gmt,excerpt,categories,_links,_embedded" headers
fetch post-seed "$API/posts?slug=$REF_SLUG&_embed=wp:featuredmedia,author"
fetch post-script "$API/posts?slug=$SCRIPT_SLUG&_embed=wp:featuredmedia,author"
# A title as WordPress renders it: wptexturize makes " - " an en dash entity (&#8211;).
fetch post-title-entity "$API/posts?slug=phuong-hang-dao-bieu-duong-25-gia-dinh-van-hoa-tieu-bieu-giai-doan-2020-2023&_fields=id,slug,title"
fetch post-unknown "$API/posts?slug=khong-co-bai-nay"
fetch posts-search "$API/posts?search=Ho%C3%A0n%20Ki%E1%BA%BFm&per_page=5&_fields=id,slug,title" headers
media_id="$(php -r '$p = json_decode(file_get_contents($argv[1]), true); echo $p[0]["featured_media"];' "$OUT/post-seed.json")"
[ "$media_id" -gt 0 ] || { echo "the reference article has no featured image" >&2; exit 1; }
fetch media-seed-thumbnail "$API/media/$media_id"
