#!/usr/bin/python3
"""Server and client rows of the wspulse benchmark: many supervised
connections held for a while, against the servers and clients people already
use, all measured in the same run on loopback.

usage: server_bench.py WSPULSE_BINARY [--quick] [--json FILE] [--sizes N,N] [--impls IMPL,SIDE:IMPL]
Rows: server side, impl in wspulse (--serve, pings at 1 s; wspulse-quiet: the
same without a JSON line per ping and pong; qt-bare: a bare QWebSocketServer
pinging every connection, Qt's own floor), node-ws (heartbeat
sweep at 1 s), python-websockets (ping_interval=1), each held by the same Node
load generator; client side, wspulse soak mode vs a Node ws client holding N
connections and pinging each every second, against a Node ws server that does
not ping. CPU and memory come from /proc.
"""
import json
import tempfile
import os
import resource
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_PATH = os.path.join(HERE, "..", "tests", "peers", "node_modules")
TICK = os.sysconf("SC_CLK_TCK")


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def spawn(cmd, env=None):
    e = dict(os.environ, NODE_PATH=NODE_PATH, **(env or {}))
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=e, preexec_fn=raise_fd_limit)


def read_port(proc):
    for line in proc.stdout:
        if line.startswith("PORT "):
            return int(line.split()[1])
        if line.startswith("{"):
            listen = json.loads(line).get("listen")
            if listen:
                return int(listen.rsplit(":", 1)[1].strip("/"))
    raise RuntimeError("server printed no port")


def drain(proc):
    """Reads and drops what a server prints from here on, so it never blocks on a full pipe."""
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def row(impl, n, connect_all_s, cpu_s, round_trips, per_conn_per_s, rss_kib):
    return {"impl": impl, "n": n, "connect_all_s": round(connect_all_s, 3),
            "cpu_us_per_ping": round(cpu_s * 1e6 / max(1, round_trips), 2),
            "pings_per_conn_per_s": round(per_conn_per_s, 3),
            "rss_kib_per_conn": round(rss_kib / n, 2)}


def run_load(url, n, hold, measured_pid=None, mode="server"):
    """Runs the Node load generator (bench/peers/load.js) until it reports.
    Returns (opened, done, cpu seconds, resident KiB at the end) of
    measured_pid (the generator itself when None) over the hold; done is None
    when the connections did not all open."""
    load = spawn(["node", os.path.join(HERE, "peers", "load.js"), url, str(n), str(hold), mode])
    pid = measured_pid or load.pid
    try:
        opened = json.loads(load.stdout.readline())
        if opened.get("event") != "open":
            return opened, None, 0, 0
        cpu0 = cpu_seconds(pid)
        done = json.loads(load.stdout.readline())
        return opened, done, cpu_seconds(pid) - cpu0, rss_kib(pid)
    finally:
        stop(load)


def server_row(impl, n, hold, wspulse):
    serve = [wspulse, "--serve", "--data", "none", "--port", "0", "--ping-interval", "1", "--max-connections", str(n + 10),
             "--heartbeat-interval", "0"]
    cmd = {"wspulse": serve,
           # The same, printing no line per ping and per pong (--events): what logging costs.
           "wspulse-quiet": serve + ["--events=-ping,-pong"],
           # Qt's own floor: a bare QWebSocketServer pinging each connection (bench/bare_server.cpp).
           "qt-bare": [os.path.join(os.path.dirname(wspulse), "..", "bench", "wspulse_bare_server")],
           "node-ws": ["node", os.path.join(HERE, "peers", "node_server.js")],
           "python-websockets": ["/usr/bin/python3", os.path.join(HERE, "peers", "py_server.py")]}[impl]
    server = spawn(cmd)
    try:
        port = read_port(server)
        drain(server)
        time.sleep(0.5)
        rss0 = rss_kib(server.pid)
        opened, done, cpu, rss1 = run_load(f"ws://127.0.0.1:{port}/", n, hold, server.pid)
        if done is None:
            return {"impl": impl, "n": n, "error": opened}
        return row(impl, n, done["connect_all_s"], cpu, done["pings"], done["per_conn_per_s"], rss1 - rss0)
    finally:
        stop(server)


def client_row(impl, n, hold, wspulse):
    server = spawn(["node", os.path.join(HERE, "peers", "node_server.js")], env={"NOPING": "1"})
    try:
        port = read_port(server)
        drain(server)
        url = f"ws://127.0.0.1:{port}/"
        if impl == "node-ws":
            opened, done, cpu, rss = run_load(url, n, hold, mode="client")
            if done is None:
                return {"impl": impl, "n": n, "error": opened}
            return row(impl, n, opened["connect_all_s"], cpu, done["pongs"], done["per_conn_per_s"], rss)
        client = spawn([wspulse, "--headless", "--url", url, "--connections", str(n), "--ramp", "100000",
                        "--ping-interval", "1", "--heartbeat-interval", "0", "--duration", str(hold + 60)])
        try:
            connect_all = None
            for line in client.stdout:
                e = json.loads(line)
                if e.get("event") == "summary" and "all_open_ms" in e:
                    connect_all = e["all_open_ms"] / 1000  # measured by wspulse when the last one opened
                    cpu0, pongs0 = cpu_seconds(client.pid), e["pongs"]
                    break
            if connect_all is None:
                return {"impl": impl, "n": n, "error": "the connections never were all open"}
            time.sleep(hold)
            cpu1 = cpu_seconds(client.pid)
            rss1 = rss_kib(client.pid)
            # Ending the run prints a final summary with the totals.
            client.send_signal(signal.SIGTERM)
            pongs1 = pongs0
            for line in client.stdout:
                e = json.loads(line)
                if e.get("event") == "summary":
                    pongs1 = e["pongs"]
        finally:
            stop(client)
        pongs = pongs1 - pongs0
        return row(impl, n, connect_all, cpu1 - cpu0, pongs, pongs / n / hold, rss1)
    finally:
        stop(server)


def metrics_row(n, hold, wspulse):
    """A soak probe holding n connections with --metrics: how long a scrape
    takes (metrics_scrape_ms), and whether scraping 20 times a second moves
    the event loop's own timing (the summaries' RTT max, quiet vs scraping)."""
    import statistics
    import urllib.request
    server = spawn(["node", os.path.join(HERE, "peers", "node_server.js")], env={"NOPING": "1"})
    try:
        port = read_port(server)
        drain(server)
        client = spawn([wspulse, "--headless", "--url", f"ws://127.0.0.1:{port}/", "--connections", str(n),
                        "--ramp", "100000", "--ping-interval", "1", "--heartbeat-interval", "0",
                        "--metrics", "0", "--duration", str(3 * hold + 60)])
        try:
            metrics_url, summaries = None, []
            for line in client.stdout:
                e = json.loads(line)
                if e.get("event") == "config":
                    metrics_url = e["metrics"]
                if e.get("event") == "summary" and "all_open_ms" in e:
                    break
            else:
                return {"impl": "wspulse-metrics", "n": n, "error": "the connections never were all open"}
            threading.Thread(target=lambda: [summaries.append((time.monotonic(), json.loads(l)))
                                             for l in client.stdout], daemon=True).start()
            quiet_from = time.monotonic()
            time.sleep(hold)
            scrape_from = time.monotonic()
            times, size = [], 0
            while time.monotonic() - scrape_from < hold:
                t0 = time.perf_counter()
                body = urllib.request.urlopen(metrics_url, timeout=5).read()
                times.append((time.perf_counter() - t0) * 1000)
                size = len(body)
                time.sleep(0.05)
            scrape_to = time.monotonic()

            def rtt_max(a, b):
                return max([e.get("rtt_max_us", 0) for t, e in summaries if a < t <= b] or [0])
            times.sort()
            return {"impl": "wspulse-metrics", "n": n,
                    "metrics_scrape_ms": round(statistics.median(times), 2),
                    "metrics_scrape_ms_max": round(times[-1], 2),
                    "scrape_bytes": size,
                    "rtt_max_us_quiet": rtt_max(quiet_from, scrape_from),
                    "rtt_max_us_scraping": rtt_max(scrape_from, scrape_to)}
        finally:
            stop(client)
    finally:
        stop(server)


def chat_row(storage, n, hold, wspulse):
    """chat_msgs_per_s: N Node clients of the chat keeping 8 messages of 64
    bytes each in flight through wspulse --serve, the chat kept in SQLite
    (storage "on", a fresh --data folder) or in memory ("off")."""
    with tempfile.TemporaryDirectory() as data:
        serve = [wspulse, "--serve", "--data", data if storage == "on" else "none", "--port", "0",
                 "--ping-interval", "0", "--heartbeat-interval", "0", "--rate-limit", "100000",
                 "--events=-message"]
        server = spawn(serve)
        try:
            port = read_port(server)
            drain(server)
            load = spawn(["node", os.path.join(HERE, "peers", "chat_load.js"), f"ws://127.0.0.1:{port}/", str(n),
                          str(hold)])
            try:
                opened = json.loads(load.stdout.readline())
                if opened.get("event") != "open":
                    return {"storage": storage, "n": n, "error": opened}
                done = json.loads(load.stdout.readline())
            finally:
                stop(load)
            return {"storage": storage, "n": n, "chat_msgs_per_s": round(done["msgs_per_s"], 1)}
        finally:
            stop(server)


def main():
    args = sys.argv[1:]
    wspulse = args[0]
    quick = "--quick" in args
    out = args[args.index("--json") + 1] if "--json" in args else None
    sizes = [1000, 5000] if quick else [1000, 5000, 10000]
    if "--sizes" in args:  # for a developer's focused run, e.g. --sizes 10000
        sizes = [int(x) for x in args[args.index("--sizes") + 1].split(",")]
    impls = None
    if "--impls" in args:  # e.g. --impls wspulse,node-ws
        impls = args[args.index("--impls") + 1].split(",")
    hold = 5 if quick else 20  # the quick form must finish within 3 minutes
    raise_fd_limit()
    result = {"server": [], "client": []}
    for n in sizes:
        for side, row_of, names in (("server", server_row, ("wspulse", "wspulse-quiet", "qt-bare", "node-ws", "python-websockets")),
                                    ("client", client_row, ("wspulse", "node-ws"))):
            for impl in names:
                if impls and impl not in impls and f"{side}:{impl}" not in impls:
                    continue
                row = row_of(impl, n, hold, wspulse)
                result[side].append(row)
                print(side, json.dumps(row), flush=True)
    # Chat throughput with the chat kept in SQLite and in memory, in turns.
    result["chat"] = []
    if not impls or "chat" in impls:
        for storage in ("off", "on", "off", "on"):
            row = chat_row(storage, 100, hold, wspulse)
            result["chat"].append(row)
            print("chat", json.dumps(row), flush=True)
        rates = {k: [r.get("chat_msgs_per_s", 0) for r in result["chat"] if r["storage"] == k] for k in ("on", "off")}
        if min(rates["off"]) > 0:
            ratio = (sum(rates["on"]) / len(rates["on"])) / (sum(rates["off"]) / len(rates["off"]))
            print(f"chat storage on/off: {ratio:.2f}", flush=True)
            result["chat_storage_ratio"] = round(ratio, 3)
    # The scrape at the largest size against the same at 100 connections.
    result["metrics"] = []
    if not impls or "metrics" in impls:
        for n in sorted({100, max(sizes)}):
            row = metrics_row(n, hold, wspulse)
            result["metrics"].append(row)
            print("metrics", json.dumps(row), flush=True)
    if out:
        with open(out, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
