#!/usr/bin/env python3
"""Prints a JMH JSON result file as a table: benchmark, params, median, p99, mean (score unit)."""
import json, sys
for r in json.load(open(sys.argv[1])):
    p = r["primaryMetric"]; pct = p.get("scorePercentiles", {})
    params = ",".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
    print(f'{r["benchmark"].rsplit(".",1)[-1]:<28} {params:<50} median {pct.get("50.0", float("nan")):>12.1f}  p99 {pct.get("99.0", float("nan")):>12.1f}  mean {p["score"]:>12.1f} {p["scoreUnit"]}')
