"""Reference for the bias benchmark: the same confusion counts with pandas.

Usage: /usr/bin/python3 pandas_bias.py predictions.csv THRESHOLD ATTR [ATTR...]
Prints JSON {attr: {group: [tp, fp, tn, fn]}} on stdout.
"""
import json
import sys

import pandas as pd

path, threshold, attrs = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
df = pd.read_csv(path, usecols=["label", "score"] + attrs,
                 dtype={a: "category" for a in attrs} | {"label": "int8"})
actual = df["label"] == 1
predicted = df["score"] >= threshold
cell = (actual.astype("int8") * 2 + predicted.astype("int8")).rename("cell")
out = {}
for a in attrs:
    counts = pd.crosstab(df[a], cell).reindex(columns=[0, 1, 2, 3], fill_value=0)
    out[a] = {str(g): [int(r[3]), int(r[1]), int(r[0]), int(r[2])] for g, r in counts.iterrows()}
print(json.dumps(out, sort_keys=True))
