"""HTTP side of crash-test.sh: save a routine and a completion, then kill -9 the app the instant the last
response is in; or check that every write the app acknowledged is still there after a restart."""
import json
import os
import signal
import sys

import requests



def load(path):
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    return {"cookie": None, "routines": {}, "completions": []}


def save(base, pid, path, round_no):
    state = load(path)
    session = requests.Session()
    if state["cookie"]:
        session.cookies.set("limber_owner", state["cookie"], domain="127.0.0.1", path="/")
    name = f"Crash round {round_no} \u2013 \u00e9t\u00e9"
    r = session.post(f"{base}/api/routines", json={"minutes": 5 + round_no % 26, "focus": "tight", "name": name},
                     timeout=30)
    if r.status_code != 201:
        sys.exit(f"round {round_no}: POST /api/routines answered {r.status_code}: {r.text[:300]}")
    routine = r.json()
    state["routines"][routine["id"]] = name  # acknowledged
    state["cookie"] = state["cookie"] or session.cookies.get("limber_owner")
    with open(path, "w") as f:
        json.dump(state, f)
    c = session.post(f"{base}/api/routines/{routine['id']}/completions",
                     json={"durationSeconds": 60 * (5 + round_no % 26), "painBefore": round_no % 11, "painAfter": 1},
                     timeout=30)
    if c.status_code == 201:
        os.kill(pid, signal.SIGKILL)  # right after the acknowledgement, before anything else can happen
        state["completions"].append(c.json()["id"])
    else:
        os.kill(pid, signal.SIGKILL)
        sys.exit(f"round {round_no}: POST completions answered {c.status_code}: {c.text[:300]}")
    with open(path, "w") as f:
        json.dump(state, f)


def verify(base, path):
    state = load(path)
    cookies = {"limber_owner": state["cookie"]}
    lost = []
    for routine_id, name in state["routines"].items():
        r = requests.get(f"{base}/api/routines/{routine_id}", cookies=cookies, timeout=30)
        if r.status_code != 200 or r.json().get("name") != name:
            lost.append(f"routine {routine_id}: {r.status_code}")
    listed = requests.get(f"{base}/api/completions", cookies=cookies, timeout=30)
    present = {c["id"] for c in listed.json()} if listed.status_code == 200 else set()
    lost += [f"completion {c}" for c in state["completions"] if c not in present]
    print(f"acknowledged: {len(state['routines'])} routines, {len(state['completions'])} completions; "
          f"lost: {len(lost)}")
    for item in lost:
        print("  LOST", item)
    return len(lost)


if __name__ == "__main__":
    command, base, path = sys.argv[1], sys.argv[2], sys.argv[3]
    if command == "save":
        save(base, int(sys.argv[4]), path, int(sys.argv[5]))
    else:
        sys.exit(1 if verify(base, path) else 0)
