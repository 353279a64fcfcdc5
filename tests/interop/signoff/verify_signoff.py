#!/usr/bin/python3
"""Independent check of a Countersign sign-off: DSSE envelope, PAE, ECDSA P-256/SHA-256.

usage: verify_signoff.py ENVELOPE PUBLIC_KEY_PEM BUNDLE_JSON
Exit 0 and "OK ..." when the envelope verifies; exit 1 with the reason otherwise.
Uses only the standard library and python3-cryptography, never Countersign's code.
"""
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def pae(payload_type: bytes, payload: bytes) -> bytes:
    return b"DSSEv1 %d %s %d %s" % (len(payload_type), payload_type, len(payload), payload)


def fail(reason: str) -> None:
    print("FAIL " + reason)
    sys.exit(1)


def main() -> None:
    env_path, key_path, bundle_path = sys.argv[1:4]
    with open(env_path, "rb") as f:
        env = json.load(f)
    with open(key_path, "rb") as f:
        key = serialization.load_pem_public_key(f.read())
    with open(bundle_path, "rb") as f:
        bundle_digest = hashlib.sha256(f.read()).hexdigest()
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        fail("not a P-256 key")
    payload_type = env["payloadType"]
    if payload_type != "application/vnd.in-toto+json":
        fail("payloadType " + payload_type)
    payload = base64.b64decode(env["payload"], validate=True)
    if len(env["signatures"]) != 1:
        fail("expected one signature")
    sig = env["signatures"][0]
    spki = key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)
    if sig.get("keyid") != hashlib.sha256(spki).hexdigest():
        fail("keyid is not the SHA-256 of the key's SubjectPublicKeyInfo")
    try:
        key.verify(base64.b64decode(sig["sig"], validate=True),
                   pae(payload_type.encode("utf-8"), payload), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        fail("signature does not verify over the PAE")
    statement = json.loads(payload)
    if statement["_type"] != "https://in-toto.io/Statement/v1":
        fail("not an in-toto Statement v1")
    if statement["predicateType"] != "https://countersign.dev/signoff/v1":
        fail("unexpected predicateType")
    if statement["subject"][0]["digest"]["sha256"] != bundle_digest:
        fail("subject digest is not the bundle.json digest")
    p = statement["predicate"]
    print("OK %s %s %s %s" % (p["operator"], p["step"], p["decision"], statement["subject"][0]["name"]))


if __name__ == "__main__":
    main()
