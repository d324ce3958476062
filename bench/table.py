#!/usr/bin/python3
"""Prints the README's Performance tables (Markdown) from a bench JSON file
(bash dev.sh bench writes bench/results/latest.json).

usage: table.py RESULTS.json
"""
import json
import sys

r = json.load(open(sys.argv[1]))
floor = r["rtt_raw_floor_us"]
print("| figure | measured | target |")
print("|---|---|---|")
print(f"| overhead_ratio (supervised ÷ raw QWebSocket echo) | {r['overhead_ratio']:.3f} | ≥ 0.97 |")
print(f"| rtt_loopback_median_us | {r['rtt_loopback_median_us']:.1f} | ≤ {1.5 * floor:.1f} (1.5 × floor) |")
print(f"| rtt_raw_floor_us | {floor:.1f} | baseline |")
print(f"| timer_error_ms_p50 / p99 | {r['timer_error_ms_p50']:.2f} / {r['timer_error_ms_p99']:.2f} | ≤ 2 / ≤ 10 |")
if "ui_flood_stall_ms_p99" in r:
    print(f"| ui_flood_stall_ms_p99 | {r['ui_flood_stall_ms_p99']:.1f} | ≤ 16 |")
    print(f"| ui_flood_rss_mib | {r['ui_flood_rss_mib']:.0f} | ≤ 300 |")
if "ui_idle_cpu_pct" in r:
    print(f"| ui_idle_cpu_pct | {r['ui_idle_cpu_pct']:.2f} | ≤ 1 |")
for side in ("server", "client"):
    print()
    print(f"{side} rows:")
    print()
    print("| impl | n | connect_all_s | cpu_us_per_ping | pings_per_conn_per_s | rss_kib_per_conn |")
    print("|---|---|---|---|---|---|")
    for row in sorted(r.get(side, []), key=lambda x: x["n"]):
        if "error" in row:
            print(f"| {row['impl']} | {row['n']} | error: {row['error']} | | | |")
            continue
        print(f"| {row['impl']} | {row['n']} | {row['connect_all_s']:.2f} | {row['cpu_us_per_ping']:.1f} "
              f"| {row['pings_per_conn_per_s']:.3f} | {row['rss_kib_per_conn']:.1f} |")

metrics = r.get("metrics", [])
if metrics:
    print()
    print("metrics rows (soak probe with --metrics, scraped 20 times a second):")
    print()
    print("| n | metrics_scrape_ms (median / max) | scrape bytes | event loop RTT max, quiet → scraping (µs) |")
    print("|---|---|---|---|")
    for row in metrics:
        if "error" in row:
            print(f"| {row['n']} | error: {row['error']} | | |")
            continue
        print(f"| {row['n']} | {row['metrics_scrape_ms']:.2f} / {row['metrics_scrape_ms_max']:.2f} "
              f"| {row['scrape_bytes']} | {row['rtt_max_us_quiet']} → {row['rtt_max_us_scraping']} |")
    ok = [m for m in metrics if "error" not in m]
    if len(ok) == 2:
        print()
        print(f"metrics_scrape_ms ratio, n={ok[1]['n']} ÷ n={ok[0]['n']}: "
              f"{ok[1]['metrics_scrape_ms'] / max(0.001, ok[0]['metrics_scrape_ms']):.2f}")
