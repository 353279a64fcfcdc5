#!/usr/bin/python3
"""Writes a Trivy JSON (schema 2) report of about N MB: many targets, each with many
vulnerabilities shaped as Trivy writes them. Usage: make_trivy_report.py OUT MB"""
import json
import os
import sys

out, mb = sys.argv[1], int(sys.argv[2])
if os.path.exists(out) and abs(os.path.getsize(out) - mb * 1_000_000) < mb * 100_000:
    sys.exit(0)
severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL", "UNKNOWN"]


def vuln(i):
    cve = f"CVE-20{10 + i % 15}-{10000 + i}"
    pkg = f"lib{i % 997}"
    return {
        "VulnerabilityID": cve, "PkgID": f"{pkg}@1.{i % 7}.{i % 13}", "PkgName": pkg,
        "PkgIdentifier": {"PURL": f"pkg:deb/debian/{pkg}@1.{i % 7}.{i % 13}?arch=amd64&distro=debian-12.1"},
        "InstalledVersion": f"1.{i % 7}.{i % 13}", "FixedVersion": f"1.{i % 7}.{i % 13 + 1}", "Status": "fixed",
        "Layer": {"DiffID": "sha256:03901b4a2ea88eeaad62dbe59b072b28b6efa00491962b8741081c5df50c65e0"},
        "SeveritySource": "nvd", "PrimaryURL": f"https://avd.aquasec.com/nvd/{cve.lower()}",
        "DataSource": {"ID": "debian", "Name": "Debian Security Tracker", "URL": "https://salsa.debian.org/security-tracker-team/security-tracker"},
        "Title": f"{pkg}: a synthetic vulnerability number {i}",
        "Description": "A synthetic description long enough to look like the real thing. " * 6,
        "Severity": severities[i % 5], "CweIDs": ["CWE-787"],
        "CVSS": {"nvd": {"V3Vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "V3Score": 9.8}},
        "References": [f"https://security-tracker.debian.org/tracker/{cve}", f"https://www.cve.org/CVERecord?id={cve}"],
        "PublishedDate": "2023-10-18T04:15:11.077Z", "LastModifiedDate": "2024-01-05T17:15:08.67Z",
    }


results, size, i = [], 0, 0
while size < mb * 1_000_000:
    vulns = [vuln(i + k) for k in range(500)]
    i += 500
    results.append({"Target": f"image-{i // 500} (debian 12.1)", "Class": "os-pkgs", "Type": "debian", "Vulnerabilities": vulns})
    size += len(json.dumps(vulns, indent=2))
report = {"SchemaVersion": 2, "CreatedAt": "2026-11-02T23:10:04.12Z", "ArtifactName": "synthetic", "ArtifactType": "container_image",
          "Metadata": {"OS": {"Family": "debian", "Name": "12.1"}}, "Results": results}
with open(out, "w") as f:
    json.dump(report, f, indent=2)
