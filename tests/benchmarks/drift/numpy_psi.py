"""Reference for the drift benchmark: PSI per feature with pandas/numpy, same definition as
docs/formats.md ("Drift"): missing values dropped; <= 20 distinct baseline values -> one bin
per value seen in either sample; else edges = unique(quantile(baseline, k/10, linear)),
right-closed bins with open outer bins; empty proportion -> 0.0001.

Usage: /usr/bin/python3 numpy_psi.py baseline.csv current.csv   -> JSON {feature: psi}
"""
import json
import sys

import numpy as np
import pandas as pd

base = pd.read_csv(sys.argv[1])
cur = pd.read_csv(sys.argv[2])
out = {}
for name in base.columns:
    b = base[name].dropna().to_numpy(dtype=float)
    c = cur[name].dropna().to_numpy(dtype=float)
    if len(np.unique(b)) <= 20:
        keys = np.union1d(np.unique(b), np.unique(c))
        bc = np.searchsorted(keys, b)
        cc = np.searchsorted(keys, c)
        nb = np.bincount(bc, minlength=len(keys))
        nc = np.bincount(cc, minlength=len(keys))
    else:
        edges = np.unique(np.quantile(b, np.arange(1, 10) / 10))
        nb = np.bincount(np.searchsorted(edges, b, side="left"), minlength=len(edges) + 1)
        nc = np.bincount(np.searchsorted(edges, c, side="left"), minlength=len(edges) + 1)
    pb = nb / nb.sum()
    pc = nc / nc.sum()
    pb = np.where(pb == 0, 0.0001, pb)
    pc = np.where(pc == 0, 0.0001, pc)
    out[name] = float(np.sum((pc - pb) * np.log(pc / pb)))
print(json.dumps(out, sort_keys=True))
