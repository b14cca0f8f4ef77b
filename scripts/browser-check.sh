#!/usr/bin/env bash
# Renders `whosaid report` pages in headless Chromium and checks the DOM the
# browser built, not the HTML we wrote:
#  - the seed's report has one `data-quote-id` highlight per claim of the
#    JSON, each holding exactly the quoted words, and every internal link
#    (contrast table, sources panel) lands on an element;
#  - no request leaves the page: no external src/href/url(), a CSP that
#    forbids every fetch, and DNS mapped to nowhere while rendering;
#  - the tooltip shows the attribution when a highlight gets keyboard focus;
#  - an article full of <script>, onerror=, </textarea> and javascript:
#    renders them as text and runs none of them (a control page proves that
#    scripts do run here, so the check can fail).
# Leaves target/report-seed.png (a screenshot) and the pages under target/.
#
# Usage: scripts/browser-check.sh [--install-only]   (--install-only: install
# Chromium when missing, and stop; CI runs it in the background, so that the
# download overlaps the build)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ "${1:-}" = --install-only ] && exit 0
command -v python3 >/dev/null || { echo "browser-check: python3 is required" >&2; exit 2; }

cargo build --release --locked --quiet
whosaid="${CARGO_TARGET_DIR:-target}/release/whosaid"
out=target/browser-check
mkdir -p "$out"
seed=corpus/afp-2020-10-23-kazakhs-xinjiang.txt
hostile=tests/data/hostile.txt

# Chromium with a fresh profile, no network and nothing in the background.
browse() {
    local profile status=0
    profile=$(mktemp -d)
    timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --disable-quic \
        --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" "$@" 2>>"$out/chromium.log" || status=$?
    rm -rf "$profile"
    if [ "$status" -ne 0 ]; then
        # A page that hangs the browser has usually run an alert() it should not have.
        echo "browser-check: FAILED: chromium exited with $status on ${*: -1} (timeout 124: a dialog from a script?)" >&2
        echo "  see $out/chromium.log" >&2
        exit 1
    fi
}

"$whosaid" report "$seed" -o "$out/seed.html"
"$whosaid" quotes --format json "$seed" >"$out/seed.json"
"$whosaid" report "$hostile" -o "$out/hostile.html"
"$whosaid" quotes --format json "$hostile" >"$out/hostile.json"

# Test-only copies with one extra script each: note which element is the
# :target and how it is drawn, then focus the first highlight (tooltip); and
# a control that proves injected markers would be seen.
python3 - "$out" <<'EOF'
import sys
out = sys.argv[1]
seed = open(f"{out}/seed.html", encoding="utf-8").read()
focus = """<script>
window.addEventListener('load', function () {
  var target = document.querySelector(':target');
  var style = target ? getComputedStyle(target) : null;
  document.body.setAttribute('data-check-target',
      target ? target.id + ' ' + style.outlineStyle + ' ' + style.outlineWidth : 'none');
  document.querySelector('[data-quote-id]').focus({preventScroll: true});
});
</script>
</body>"""
open(f"{out}/seed-focus.html", "w", encoding="utf-8").write(seed.replace("</body>", focus, 1))
hostile = open(f"{out}/hostile.html", encoding="utf-8").read()
control = ("<script>document.title='pwned';document.body.insertAdjacentHTML('beforeend',"
           "'<p id=marker-control>ran</p>');</script>\n</body>")
open(f"{out}/hostile-control.html", "w", encoding="utf-8").write(hostile.replace("</body>", control, 1))
EOF

url() { echo "file://$PWD/$1"; }
browse --dump-dom "$(url "$out/seed.html")" >"$out/seed.dom.html"
# Arrive on the second highlight, as a link from the contrast table does.
second=$(python3 -c 'import json,sys; q=[q for q in json.load(open(sys.argv[1]))["quotes"] if q["kind"] in ("direct","partial","indirect")]; print(q[1]["id"])' "$out/seed.json")
browse --dump-dom "$(url "$out/seed-focus.html")#$second" >"$out/seed-focus.dom.html"
browse --dump-dom "$(url "$out/hostile.html")" >"$out/hostile.dom.html"
browse --dump-dom "$(url "$out/hostile-control.html")" >"$out/hostile-control.dom.html"
browse --screenshot="$PWD/target/report-seed.png" --window-size=1280,2000 "$(url "$out/seed.html")"
browse --screenshot="$PWD/$out/seed-focus.png" --window-size=1280,1400 "$(url "$out/seed-focus.html")"

python3 - "$out" <<'EOF'
import html.parser
import json
import re
import sys

out = sys.argv[1]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


class Dom(html.parser.HTMLParser):
    """Elements with their attributes and text, from a dumped DOM."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs, [text parts])
        self.stack = []
        self.title = ""
        self.in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = (tag, dict(attrs), [])
        self.elements.append(element)
        if tag in ("meta", "link", "br", "img", "input", "rect", "source", "hr", "wbr", "area", "base", "col", "embed", "param", "track"):
            return
        self.stack.append(element)
        self.in_title = tag == "title" and not any(e[0] == "svg" for e in self.stack[:-1])

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        for element in self.stack:
            element[2].append(data)
        if self.in_title and not self.title:
            self.title = data

    def with_attr(self, name):
        return [e for e in self.elements if name in e[1]]

    def ids(self):
        return {e[1]["id"] for e in self.elements if "id" in e[1]}


def load(name):
    return open(f"{out}/{name}", encoding="utf-8").read()


def claims(doc):
    return [q for q in doc["quotes"] if q["kind"] in ("direct", "partial", "indirect")]


def external_references(raw):
    """src/href/url()/@import pointing outside the page, in the markup itself."""
    found = re.findall(r"""(?:\b(?:src|href|action|poster|srcset|xlink:href)\s*=\s*["']?\s*(?:https?:|//|ftp:))""", raw, re.I)
    found += re.findall(r"""url\(\s*["']?\s*(?:https?:|//)""", raw, re.I)
    found += re.findall(r"@import", raw, re.I)
    found += re.findall(r"<(?:link|iframe|img|embed|object)\b", raw, re.I)
    return found


# --- the seed's report -----------------------------------------------------
raw = load("seed.html")
dom = Dom(load("seed.dom.html"))
doc = json.loads(load("seed.json"))
expected = claims(doc)
highlights = dom.with_attr("data-quote-id")
check(len(expected) >= 7, f"seed: only {len(expected)} claims in the JSON")
check(len(highlights) == len(expected),
      f"seed: {len(highlights)} data-quote-id highlights for {len(expected)} claims in the JSON")
by_id = {e[1]["data-quote-id"]: e for e in highlights}
for quote in expected:
    element = by_id.get(quote["id"])
    if element is None:
        failures.append(f"seed: no highlight for {quote['id']}")
        continue
    check(element[1].get("id") == quote["id"], f"seed: {quote['id']} has id {element[1].get('id')}")
    text = "".join(element[2])
    nested = any("data-continues" in e[1] and e[1]["data-continues"] == quote["id"] for e in dom.elements)
    check(nested or text == quote["text"], f"seed: {quote['id']} holds {text!r}, not {quote['text']!r}")
    check(element[1].get("data-label") == (quote["speaker"] or "unattributed"), f"seed: {quote['id']} label")
    check(element[1].get("tabindex") == "0", f"seed: {quote['id']} cannot take keyboard focus")
ids = dom.ids()
links = [e[1]["href"] for e in dom.elements if e[0] == "a" and "href" in e[1]]
for href in links:
    check(href.startswith("#"), f"seed: link {href!r} leaves the page")
    check(href[1:] in ids, f"seed: link {href} lands nowhere")
contrast_links = [e for e in dom.elements if e[0] == "a" and "claim" in e[1].get("class", "").split()]
for link in contrast_links:
    check(link[1]["href"][1:] in ids, f"seed: contrast link {link[1]['href']} lands nowhere")
# One sources entry per speaker, and nothing else carries data-speaker.
entries = dom.with_attr("data-speaker")
speakers = {e[1]["data-speaker"] for e in entries}
check(all(e[0] == "li" for e in entries) and len(speakers) == len(entries), "seed: data-speaker on other than one entry each")
said = {q["speaker"] for q in expected if q["speaker"]}
check(speakers == said, f"seed: sources panel {sorted(speakers)} differs from the JSON's speakers {sorted(said)}")
for person in ["Bikamal Kaken", "Zhang Xiao", "Mehmet Kasikci", "Baibolat Kunbolat", "Gu Ming"]:
    check(person in speakers, f"seed: {person} missing from the sources panel")
check(any(e[0] == "svg" for e in dom.elements), "seed: no SVG chart")
check(not external_references(raw), f"seed: external references {external_references(raw)}")
csp = [e for e in dom.elements if e[0] == "meta" and e[1].get("http-equiv", "").lower() == "content-security-policy"]
check(csp and "default-src 'none'" in csp[0][1].get("content", ""), "seed: no CSP forbidding requests")
scripts = [e for e in dom.elements if e[0] == "script"]
check(len(scripts) == 1 and "src" not in scripts[0][1], "seed: more than our one inline script")

# --- arriving on a claim, and the tooltip on keyboard focus ---------------------
focus = Dom(load("seed-focus.dom.html"))
body = [e for e in focus.elements if e[0] == "body"][0]
arrived = body[1].get("data-check-target", "missing").split()
check(len(arrived) == 3 and arrived[0] == expected[1]["id"] and arrived[1] != "none" and arrived[2] != "0px",
      f"target: arriving on #{expected[1]['id']} does not highlight it: {arrived}")
tips = [e for e in focus.elements if e[1].get("id") == "tip"]
check(tips and "hidden" not in tips[0][1], "focus: the tooltip did not open")
if tips:
    tip_text = " ".join("".join(tips[0][2]).split())
    first = expected[0]
    for wanted in [first["speaker"] or "", first["cue"] or "", first["kind"]]:
        check(wanted in tip_text, f"focus: tooltip lacks {wanted!r}: {tip_text!r}")
    check("Speaker" in tip_text and "Confidence" in tip_text, f"focus: tooltip fields: {tip_text!r}")

# --- the hostile article ----------------------------------------------------------
raw = load("hostile.html")
dom = Dom(load("hostile.dom.html"))
control = Dom(load("hostile-control.dom.html"))
doc = json.loads(load("hostile.json"))
check(control.title == "pwned" and "marker-control" in control.ids(),
      "control: an injected script did not run, so the hostile check proves nothing")
check(dom.title != "pwned" and dom.title.startswith("Who said what"), f"hostile: title is {dom.title!r}")
for marker in ("marker", "marker-script", "marker-onerror", "marker-control"):
    check(marker not in dom.ids(), f"hostile: {marker} exists: a script from the text ran")
for tag in ("img", "iframe", "textarea", "style", "a"):
    from_text = [e for e in dom.elements if e[0] == tag and (tag != "a" or not e[1].get("href", "#").startswith("#"))]
    if tag == "style":
        from_text = from_text[1:]  # ours, in the head
    check(not from_text, f"hostile: the text made a <{tag}> element")
check(not [e for e in dom.elements if e[0] == "svg" and "onload" in e[1]], "hostile: the text made an <svg onload>")
check(all(not any(name.startswith("on") for name in e[1]) for e in dom.elements),
      "hostile: an element has an event handler attribute")
check(len([e for e in dom.elements if e[0] == "script"]) == 1, "hostile: more than our one script")
article = [e for e in dom.elements if e[1].get("id") == "article"]
article_text = "".join(article[0][2]) if article else ""
for literal in ("<script>", "onerror=", "</textarea>", "javascript:"):
    check(literal in article_text, f"hostile: {literal!r} is not shown as text")
check(len(dom.with_attr("data-quote-id")) == len(claims(doc)), "hostile: highlights differ from the JSON's claims")
check(not external_references(raw), f"hostile: external references {external_references(raw)}")

if failures:
    print("browser-check: FAILED", file=sys.stderr)
    for failure in failures:
        print(f"  - {failure}", file=sys.stderr)
    sys.exit(1)
print(f"browser-check: ok ({len(expected)} highlights on the seed, hostile text inert, screenshot target/report-seed.png)")
EOF
