"""Bad input against a running Limber: every form (found by reading the pages, so new forms are covered too) and
every API endpoint, with wrong types, empty, huge and negative values, unknown enums, malformed JSON, markup and
script in every text field, and unknown ids. Checks that no answer is a 5xx, no body carries a stack trace, no page
reflects markup unescaped, and that a routine and history saved beforehand are exactly as they were.

    python3 scripts/lib/bad_input.py http://127.0.0.1:8095
"""
import collections
import html.parser
import itertools
import json
import random
import re
import sys
import uuid

import requests

BASE = sys.argv[1].rstrip("/")
TIMEOUT = 60

# Markup that must never come back unescaped in a page; each carries a marker to look for.
MARKUP = [
    '<script>alert("lbx1")</script>',
    '"><img src=x onerror=alert("lbx2")>',
    "'><svg/onload=alert('lbx3')>",
    "</textarea><b id=lbx4>bold</b>",
    '<a href="javascript:alert(\'lbx5\')">x</a>',
]
REFLECTED = ['<script>alert("lbx1")', '<img src=x onerror=alert("lbx2")', "<svg/onload=alert('lbx3')",
             "<b id=lbx4>", "<a href=\"javascript:alert('lbx5')"]
# Wrong types, empty, huge, negative, unknown enums, template and SQL injection, odd characters.
VALUES = ["", " ", "-1", "0", "-2147483649", "2147483648", "99999999999999999999", "1.5", "1e309", "NaN", "abc",
          "null", "true", "[]", "{}", "yoga", "TIGHT", "Tight ", "tight,weak", "\u0000", "%00", "\U0001F4A5" * 3,
          "../../etc/passwd", "${7*7}", "#{7*7}", "*{7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
          "' OR '1'='1", "A" * 81, "A" * 5000, "\u202e\u0645\u0631\u062d\u0628\u0627"] + MARKUP
IDS = ["00000000-0000-0000-0000-000000000000", str(uuid.uuid4()), "abc", "-1", "1", "%3Cscript%3E",
       "<script>", "A" * 300, "..", "null", str(uuid.uuid4()).upper(), " " + str(uuid.uuid4())]
STACK_TRACE = re.compile(r"(\bat (app\.limber|org\.springframework|org\.hibernate|java\.|jakarta\.|org\.apache)"
                         r"[\w.$]+\()|([\w.]+(Exception|Error): )|(\.java:\d+\))")

results = collections.Counter()
failures = []
json_reflections = []


def describe(method, url, data=None, body=None):
    sent = data if data is not None else body
    text = json.dumps(sent, ensure_ascii=False) if isinstance(sent, (dict, list)) else str(sent or "")
    if isinstance(sent, list) and sent and isinstance(sent[0], tuple):
        text = "&".join(f"{k}={v}" for k, v in sent)
    return f"{method} {url} {text[:240]}{'...' if len(text) > 240 else ''}"


def check(response, method, url, data=None, body=None):
    kind = re.sub(r"\?.*", "", url.replace(BASE, ""))
    kind = re.sub(r"^(/api)?/(routines|exercises|completions|r)/(?!new$)[^/]+", r"\1/\2/{id}", kind)
    kind = re.sub(r"/steps/[^/]+/", "/steps/{i}/", kind)
    results[method + " " + kind] += 1
    status = response.status_code
    content_type = response.headers.get("Content-Type", "")
    text = response.text if ("pdf" not in content_type and "image" not in content_type) else ""
    where = describe(method, url, data, body)
    if status >= 500:
        failures.append(f"{status} from {where}")
    if STACK_TRACE.search(text):
        failures.append(f"stack trace in the {status} answer to {where}: {STACK_TRACE.search(text).group(0)}")
    for marker in REFLECTED:
        if marker in text:
            if "html" in content_type:
                failures.append(f"markup reflected unescaped ({marker}) in the page answering {where}")
            else:
                json_reflections.append(f"{content_type} {status} {where}")
    return response


def send(session, method, path, **kwargs):
    url = path if path.startswith("http") else BASE + path
    try:
        response = session.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.exceptions.ConnectionError as ex:
        failures.append(f"connection failed for {describe(method, url, kwargs.get('data'), kwargs.get('json'))}: {ex}")
        return None
    return check(response, method, url, kwargs.get("data"), kwargs.get("json") or kwargs.get("body"))


class Forms(html.parser.HTMLParser):
    """The POST forms of a page: action, and each field with a value a person could send."""

    def __init__(self):
        super().__init__()
        self.forms, self.form, self.select = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "get").lower() == "post":
            self.form = {"action": a.get("action", ""), "fields": []}
            self.forms.append(self.form)
        elif self.form is not None and tag in ("input", "button", "textarea") and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and any(f[0] == a["name"] for f in self.form["fields"]) and kind == "radio":
                return
            self.form["fields"].append((a["name"], a.get("value", "true" if kind == "checkbox" else "Morning")))
        elif self.form is not None and tag == "select" and a.get("name"):
            self.select = a["name"]
        elif self.form is not None and tag == "option" and self.select:
            self.form["fields"].append((self.select, a.get("value", "")))
            self.select = None

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        if tag == "select":
            self.select = None


def forms(session, path):
    page = send(session, "GET", path)
    parser = Forms()
    parser.feed(page.text if page is not None else "")
    return parser.forms


def csrf(session):
    for form in forms(session, "/routines/new"):
        for name, value in form["fields"]:
            if name == "_csrf":
                return value
    raise SystemExit("no CSRF token on /routines/new")


def visitor():
    session = requests.Session()
    session.headers["User-Agent"] = "limber-bad-input"
    return session


def build_by_form(session, name="Kept"):
    token = csrf(session)
    r = session.post(BASE + "/routines", data={"_csrf": token, "minutes": "15", "focus": "tight", "level": "beginner",
                                               "setting": "floor", "avoid": "kneeling", "conditions": "osteoporosis",
                                               "safetyReviewed": "true", "name": name}, timeout=TIMEOUT)
    match = re.search(r"/routines/([0-9a-f-]{36})", r.url)
    if not match:
        raise SystemExit(f"could not build a routine by form: {r.status_code} {r.url}")
    return match.group(1)


def snapshot(session, routine):
    mine = session.get(f"{BASE}/api/routines/{routine}", timeout=TIMEOUT).json()
    history = session.get(f"{BASE}/api/completions", timeout=TIMEOUT).json()
    page = session.get(f"{BASE}/routines", timeout=TIMEOUT).text
    return {"routine": mine, "completions": history, "routines": sorted(set(re.findall(r"/routines/([0-9a-f-]{36})", page)))}


def fuzz_form(session, form, path_ids=None, skip_truthy=()):
    """Each field in turn gets each bad value, the other fields keep a sensible one; plus no and bad CSRF tokens."""
    action = form["action"]
    for bad_id in (path_ids or []) if re.search(r"[0-9a-f]{8}-[0-9a-f-]{27}", action) else []:
        target = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", bad_id, action)
        send(session, "POST", target, data=form["fields"] + [("_csrf", csrf(session))])
    token = csrf(session)
    fields = [(n, v) for n, v in form["fields"] if n != "_csrf"]
    names = list(dict.fromkeys(n for n, _ in fields)) + ["unknownField", "id", "owner"]
    for name in names:
        for value in VALUES:
            if name in skip_truthy and value.strip().lower() in ("true", "on", "yes", "1"):
                continue
            data = [(name, value)] + [(n, v) for n, v in fields if n != name] + [("_csrf", token)]
            send(session, "POST", action, data=data)
    send(session, "POST", action, data=fields)
    send(session, "POST", action, data=fields + [("_csrf", "forged")])


def main():
    owner, other, anonymous = visitor(), visitor(), visitor()

    # --- what must not change: a routine, built by form, with one completion, owned by `owner`
    kept = build_by_form(owner)
    r = owner.post(f"{BASE}/api/routines/{kept}/completions", json={"durationSeconds": 600, "painBefore": 3,
                                                                     "painAfter": 1}, timeout=TIMEOUT)
    if r.status_code != 201:
        raise SystemExit(f"could not log a completion: {r.status_code} {r.text[:200]}")
    before = snapshot(owner, kept)
    scratch = build_by_form(other, "Scratch")

    # --- every form, as found on the pages, fuzzed by the visitor who may use it
    seen = set()
    pages = ["/", "/routines/new", f"/routines/{scratch}", f"/routines/{kept}/copy", "/signup", "/signin",
             "/account", "/history", f"/routines/{scratch}/session", f"/routines/{scratch}/sheet", "/exercises"]
    for page in pages:
        for form in forms(other, page):
            pattern = re.sub(r"/steps/\d+/", "/steps/{i}/", form["action"])
            if pattern in seen or not form["action"]:
                continue
            seen.add(pattern)
            if re.match(r"/(signout|logout|account)", form["action"]):
                fuzz_form(visitor(), form, skip_truthy=("confirm",))  # a throwaway visitor: signing out, deleting
            else:
                fuzz_form(other, form, path_ids=IDS)
    print(f"forms found and fuzzed: {sorted(seen)}", file=sys.stderr)

    # --- the kept routine's edit forms, sent by the others: nothing may change
    for session in (other, anonymous):
        token = csrf(session)
        for action, data in [("name", {"name": "Taken"}), ("shuffle", {}), ("steps/0/remove", {}),
                             ("steps/1/move", {"direction": "up"}), ("steps/0/swap", {"exercise": "bridge"}),
                             ("steps/0/dose", {"hold": "10", "reps": "5", "sets": "1"})]:
            send(session, "POST", f"/routines/{kept}/{action}", data={**data, "_csrf": token})
    # --- and by its owner, with values that must be refused
    token = csrf(owner)
    for action, data in itertools.chain(
            [("name", {"name": v}) for v in ["", "   ", "A" * 81, "A" * 5000]],
            [(f"steps/{i}/{a}", {}) for i in ["-1", "999", "abc", "1e3", "99999999999"] for a in ["remove", "move", "swap"]],
            [("steps/0/swap", {"exercise": v}) for v in ["no-such-exercise", "", "<script>", "A" * 300]],
            [("steps/0/move", {"direction": "up"})],
            [("steps/0/dose", d) for d in [{"hold": "-1", "reps": "5", "sets": "1"}, {"hold": "99999", "reps": "5", "sets": "1"},
                                           {"hold": "abc", "reps": "5", "sets": "1"}, {"hold": "10", "reps": "0", "sets": "1"},
                                           {"hold": "10", "reps": "5", "sets": "999"}, {"hold": "", "reps": "", "sets": ""},
                                           {"hold": "2147483648", "reps": "5", "sets": "1"}, {}]]):
        send(owner, "POST", f"/routines/{kept}/{action}", data={**data, "_csrf": token})
    send(owner, "POST", "/account/delete", data={"confirm": "maybe", "_csrf": token})
    send(owner, "POST", "/account/delete", data={"confirm": "", "_csrf": token})

    # --- pages with bad parameters and ids
    for value in VALUES:
        for path, params in [("/exercises", {"kind": value}), ("/exercises", {"area": value}),
                             ("/exercises", {"position": value}), ("/exercises", {"noFloor": value}),
                             ("/exercises", {"q": value}), ("/", {"notice": value}), ("/routines", {"notice": value}),
                             ("/history", {"notice": value}), ("/signin", {"problem": value, "error": value}),
                             (f"/routines/{scratch}", {"notice": value, "problem": value, "step": value}),
                             (f"/routines/{scratch}/sheet.pdf", {"paper": value})]:
            send(other, "GET", path, params=params)
    for bad in IDS + MARKUP[:2]:
        for path in ["/exercises/{}", "/routines/{}", "/routines/{}/copy", "/routines/{}/session",
                     "/routines/{}/sheet", "/routines/{}/sheet.pdf", "/routines/{}/qr.png", "/r/{}",
                     "/api/exercises/{}", "/api/routines/{}", "/api/completions/{}"]:
            send(other, "GET", path.format(requests.utils.quote(bad, safe="")))

    # --- the API
    for value in VALUES:
        for name in ["kind", "area", "position", "noFloor", "q"]:
            send(anonymous, "GET", "/api/exercises", params={name: value})
    good = {"minutes": 15, "focus": "tight", "level": "beginner", "setting": "floor", "avoid": ["flexion"],
            "redFlags": [], "conditions": [], "name": "API"}
    json_values = [None, "", -1, 0, 4, 31, 2 ** 31, 2 ** 63, 1.5e308, 1.5, "15", True, [], {},
                   "yoga", ["yoga"], ["flexion"] * 1000, [None], "A" * 100000] + MARKUP
    for name in list(good) + ["id", "owner", "createdAt"]:
        for value in json_values:
            send(other, "POST", "/api/routines", json={**good, name: value})
    completion = {"durationSeconds": 600, "painBefore": 3, "painAfter": 1, "date": "2026-01-01", "skippedSteps": [0],
                  "hurts": [{"step": 0, "exercise": "cat-cow", "choice": "easier"}]}
    completion_values = json_values + ["2026-13-45", "yesterday", "9999-12-31", "0000-01-01", [-1], [999], ["a"],
                                       [{"step": -1, "exercise": "x", "choice": "skip"}],
                                       [{"step": 0, "exercise": "<script>", "choice": "hurt"}], list(range(1000))]
    for name in list(completion) + ["id", "routineId"]:
        for value in completion_values:
            # the owner's bad logs must be refused; a visitor's valid one goes into the visitor's own history
            send(owner if value in MARKUP or value in (None, "", -1) else other, "POST",
                 f"/api/routines/{kept}/completions", json={**completion, name: value})
    malformed = ['{', '{"focus":', '{"focus":"tight",}', "[]", '"tight"', "42", "null", "", "{'focus':'tight'}",
                 '{"focus":"tight"}garbage', '{"focus":"tight","focus":"weak"}', "\ufeff{\"focus\":\"tight\"}",
                 '{"focus":"\\u0000"}', '{"minutes":1' + "0" * 5000 + "}", "[" * 5000 + "]" * 5000,
                 '{"a":' * 2000 + "1" + "}" * 2000, "<routine><focus>tight</focus></routine>",
                 json.dumps({"focus": "tight", "name": "x" * 3_000_000})]
    for body in malformed:
        for path in ["/api/routines", f"/api/routines/{kept}/completions", f"/api/routines/{scratch}/completions"]:
            send(owner if kept in path else other, "POST", path, data=body.encode("utf-8"),
                 headers={"Content-Type": "application/json"})
    for content_type in ["text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data",
                         "application/json; charset=ebcdic", "", "*/*"]:
        for path in ["/api/routines", f"/api/routines/{kept}/completions"]:
            send(owner, "POST", path, data='{"focus":"tight","durationSeconds":60}', headers={"Content-Type": content_type})
    for method in ["PUT", "DELETE", "PATCH"]:
        for path in ["/api/routines", f"/api/routines/{kept}", f"/api/routines/{kept}/completions", "/api/exercises"]:
            send(other, method, path, json=good)
    send(other, "GET", "/exercises?" + "q=" + "A" * 20000)
    send(other, "GET", "/exercises", headers={"X-Big": "A" * 20000})
    send(other, "POST", "/api/routines", data=b"{" + b" " * 11_000_000 + b"}", headers={"Content-Type": "application/json"})

    # --- hostile Unicode in names: each class through the API, the builder form and rename; every sheet still prints
    hostile = {"NUL": "a\u0000b", "U+0001": "a\u0001b", "ESC": "a\u001b[31mb", "U+FFFE": "a\ufffeb",
               "U+FFFF": "a\uffffb", "lone surrogate": "a\ud800b", "zero-width space": "a\u200bb",
               "RTL override": "a\u202eb", "bidi isolate": "\u2066a\u2069", "BOM": "\ufeffa", "line break": "a\nb",
               "only invisible": "\u200b\u202e\u0000", "80 emoji": "\U0001F600" * 80, "81 emoji": "\U0001F600" * 81,
               "decomposed": "e\u0301"}
    unicode_session = visitor()
    for label, name in hostile.items():
        body = '{"focus":"tight","name":' + json.dumps(name) + '}'
        r = send(unicode_session, "POST", "/api/routines", data=body.encode("utf-8", "surrogatepass"),
                 headers={"Content-Type": "application/json"})
        if r is not None and r.status_code == 201:
            rid = r.json()["id"]
            for path in [f"/routines/{rid}/sheet", f"/routines/{rid}/sheet.pdf"]:
                page = send(unicode_session, "GET", path)
                if page is not None and page.status_code != 200:
                    failures.append(f"{page.status_code} from GET {path} after a name with {label}")
        elif r is not None and r.status_code != 400:
            failures.append(f"{r.status_code} for a name with {label} (expected 201 stored clean, or 400)")
    renamed = build_by_form(unicode_session, "Rename me")
    for label, name in hostile.items():
        send(unicode_session, "POST", f"/routines/{renamed}/name", data={"_csrf": csrf(unicode_session),
             "name": name.encode("utf-8", "surrogatepass").decode("utf-8", "replace")}, allow_redirects=False)
        page = send(unicode_session, "GET", f"/routines/{renamed}/sheet.pdf")
        if page is not None and page.status_code != 200:
            failures.append(f"{page.status_code} from the PDF after renaming with {label}")

    # --- concurrency: many parallel edits of one routine, and parallel sign-ups with one email
    import concurrent.futures
    racer = visitor()
    racing = build_by_form(racer, "Racing")
    token = csrf(racer)
    edits = [("shuffle", {}), ("name", {"name": "Raced"}), ("steps/1/move", {"direction": "up"}),
             ("steps/0/dose", {"hold": "30", "reps": "1", "sets": "1"}), ("steps/2/move", {"direction": "down"}),
             ("steps/1/remove", {})]

    def race(i):
        session = visitor()
        session.cookies.update(racer.cookies)
        path, data = edits[i % len(edits)]
        return send(session, "POST", f"/routines/{racing}/{path}", data={"_csrf": token, **data}, allow_redirects=False)

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(race, range(16 * 20)))
    print(f"parallel edits of one routine: {len(answers)} sent, "
          f"{sum(1 for a in answers if a is not None and 'problem=changed' in a.headers.get('Location', ''))} "
          f"answered 'just changed', {sum(1 for a in answers if a is not None and a.status_code >= 500)} 5xx")
    email = f"race-{random.randint(0, 10**9)}@example.org"

    def sign_up(i):
        session = visitor()
        return send(session, "POST", "/signup", data={"_csrf": csrf(session), "email": email,
                    "password": "parallel sign-up pass", "confirmPassword": "parallel sign-up pass"},
                    allow_redirects=False)

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        signups = list(pool.map(sign_up, range(16)))
    created = sum(1 for a in signups if a is not None and a.status_code == 302)
    print(f"parallel sign-ups with one email: {len(signups)} sent, {created} account created")
    if created != 1:
        failures.append(f"{created} accounts created by 16 parallel sign-ups with one email (expected 1)")

    # --- nothing saved before has changed
    after = snapshot(owner, kept)
    for key in before:
        if before[key] != after[key]:
            failures.append(f"the owner's {key} changed: before {json.dumps(before[key])[:400]} "
                            f"after {json.dumps(after[key])[:400]}")

    total = sum(results.values())
    print(f"{total} bad requests over {len(results)} endpoints")
    for endpoint, count in sorted(results.items()):
        print(f"  {count:5}  {endpoint}")
    print(f"markup reflected in JSON answers (not pages; informational): {len(json_reflections)}")
    for item in json_reflections[:5]:
        print("  " + item)
    print(f"FAILURES: {len(failures)}")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
