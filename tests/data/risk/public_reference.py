"""Independent reference for the bias and drift gates on a public dataset.

The Wisconsin Diagnostic Breast Cancer data (569 rows, 30 features) as Debian's
python3-sklearn ships it (sklearn/datasets/data/breast_cancer.csv). From it this script
writes, into OUT_DIR:
  predictions.csv  label (malignant/benign), score (worst concave points), texture band and
                   size (the "protected attributes" of the check), quoted and CRLF on purpose;
  baseline.csv, current.csv  the 30 features of the first 285 and the last 284 rows, plus
                   the texture band as a categorical feature;
  expected.json    confusion counts, TPR per group and gaps computed with pandas, and PSI per
                   feature computed with numpy by the definition in docs/formats.md.

Usage: /usr/bin/python3 public_reference.py BREAST_CANCER_CSV OUT_DIR
"""
import csv
import json
import sys

import numpy as np
import pandas as pd

src, out = sys.argv[1], sys.argv[2]
raw = pd.read_csv(src, skiprows=1, header=None)
features = ["f%02d" % i for i in range(30)]
raw.columns = features + ["target"]
df = pd.DataFrame({
    "label": np.where(raw["target"] == 0, "malignant", "benign"),
    "score": raw["f27"],  # worst concave points
    "texture": pd.cut(raw["f01"], [-np.inf, 17.0, 21.0, np.inf], labels=["low, fine", "mid", "high"]).astype(str),
    "size": np.where(raw["f03"] > 700.0, "large", "small"),
})
THRESHOLD = 0.1
df.to_csv(out + "/predictions.csv", index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")

actual = df["label"] == "malignant"
predicted = df["score"] >= THRESHOLD
expected = {"bias": {}, "psi": {}}
for attr in ["texture", "size"]:
    groups = {}
    for value, g in df.groupby(attr):
        a, p = actual[g.index], predicted[g.index]
        tp, fn = int((a & p).sum()), int((a & ~p).sum())
        fp, tn = int((~a & p).sum()), int((~a & ~p).sum())
        groups[value] = {"tp": tp, "fp": fp, "tn": tn, "fn": fn,
                         "tpr": tp / (tp + fn) if tp + fn else None}
    tprs = [g["tpr"] for g in groups.values() if g["tpr"] is not None]
    expected["bias"][attr] = {"groups": groups, "gap": max(tprs) - min(tprs)}

base = raw.iloc[:285][features].copy()
cur = raw.iloc[285:][features].copy()
base["texture"] = df["texture"].iloc[:285].values
cur["texture"] = df["texture"].iloc[285:].values
base.to_csv(out + "/baseline.csv", index=False)
cur.to_csv(out + "/current.csv", index=False)


def psi(nb, nc):
    pb = nb / nb.sum()
    pc = nc / nc.sum()
    pb = np.where(pb == 0, 0.0001, pb)
    pc = np.where(pc == 0, 0.0001, pc)
    return float(np.sum((pc - pb) * np.log(pc / pb)))


for name in features:
    b, c = base[name].to_numpy(float), cur[name].to_numpy(float)
    if len(np.unique(b)) <= 20:
        keys = np.union1d(b, c)
        nb = np.bincount(np.searchsorted(keys, b), minlength=len(keys))
        nc = np.bincount(np.searchsorted(keys, c), minlength=len(keys))
    else:
        edges = np.unique(np.quantile(b, np.arange(1, 10) / 10))
        nb = np.bincount(np.searchsorted(edges, b, side="left"), minlength=len(edges) + 1)
        nc = np.bincount(np.searchsorted(edges, c, side="left"), minlength=len(edges) + 1)
    expected["psi"][name] = psi(nb, nc)
keys = sorted(set(base["texture"]) | set(cur["texture"]))
expected["psi"]["texture"] = psi(base["texture"].value_counts().reindex(keys, fill_value=0).to_numpy(),
                                 cur["texture"].value_counts().reindex(keys, fill_value=0).to_numpy())
with open(out + "/expected.json", "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
