// Independent verification of Countersign audit checkpoints and proofs with Go's
// golang.org/x/mod/sumdb/note (C2SP signed-note) and golang.org/x/mod/sumdb/tlog (RFC 6962).
//
// Usage: verify_with_go DIR
// DIR holds: vkey (the store's verifier key), old.checkpoint and new.checkpoint (signed
// notes), records.jsonl (the record bytes, one per line), inclusion-*.json and
// consistency.json (proofs as countersign-cli prints them). Exits 0 when all verify.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type checkpoint struct {
	origin string
	size   int64
	root   tlog.Hash
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func read(dir, name string) []byte {
	b, err := ioutil.ReadFile(filepath.Join(dir, name))
	if err != nil {
		fail("%v", err)
	}
	return b
}

func hash(s string) tlog.Hash {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != tlog.HashSize {
		fail("bad hash %q", s)
	}
	var h tlog.Hash
	copy(h[:], b)
	return h
}

func openCheckpoint(dir, name string, verifiers note.Verifiers) checkpoint {
	n, err := note.Open(read(dir, name), verifiers)
	if err != nil {
		fail("%s: note.Open: %v", name, err)
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) < 4 || lines[len(lines)-1] != "" {
		fail("%s: not a tlog checkpoint: %q", name, n.Text)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil {
		fail("%s: size: %v", name, err)
	}
	return checkpoint{lines[0], size, hash(lines[2])}
}

type inclusion struct {
	LeafIndex int64    `json:"leaf_index"`
	TreeSize  int64    `json:"tree_size"`
	LeafHash  string   `json:"leaf_hash"`
	RootHash  string   `json:"root_hash"`
	Hashes    []string `json:"hashes"`
}

type consistency struct {
	FromSize int64    `json:"from_size"`
	ToSize   int64    `json:"to_size"`
	FromRoot string   `json:"from_root"`
	ToRoot   string   `json:"to_root"`
	Hashes   []string `json:"hashes"`
}

func main() {
	dir := os.Args[1]
	verifier, err := note.NewVerifier(strings.TrimSpace(string(read(dir, "vkey"))))
	if err != nil {
		fail("note.NewVerifier: %v", err)
	}
	verifiers := note.VerifierList(verifier)
	oldCp := openCheckpoint(dir, "old.checkpoint", verifiers)
	newCp := openCheckpoint(dir, "new.checkpoint", verifiers)
	if oldCp.origin != verifier.Name() || newCp.origin != verifier.Name() {
		fail("origin %q is not the key name %q", newCp.origin, verifier.Name())
	}

	// A note signed by another key must be rejected.
	if _, err := note.Open(read(dir, "foreign.checkpoint"), verifiers); err == nil {
		fail("a checkpoint signed by another key was accepted")
	}

	// Recompute the tree from the record bytes with tlog's own storage layout.
	var stored []tlog.Hash
	reader := tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, x := range indexes {
			out[i] = stored[x]
		}
		return out, nil
	})
	records := bytes.Split(bytes.TrimSuffix(read(dir, "records.jsonl"), []byte("\n")), []byte("\n"))
	leaves := make([]tlog.Hash, len(records))
	for i, rec := range records {
		hs, err := tlog.StoredHashes(int64(i), rec, reader)
		if err != nil {
			fail("StoredHashes: %v", err)
		}
		stored = append(stored, hs...)
		leaves[i] = tlog.RecordHash(rec)
	}
	if int64(len(records)) != newCp.size {
		fail("%d records, checkpoint says %d", len(records), newCp.size)
	}
	for _, cp := range []checkpoint{oldCp, newCp} {
		root, err := tlog.TreeHash(cp.size, reader)
		if err != nil || root != cp.root {
			fail("tree of %d records: root %v, checkpoint %v (%v)", cp.size, root, cp.root, err)
		}
	}

	// Our inclusion proofs.
	files, _ := filepath.Glob(filepath.Join(dir, "inclusion-*.json"))
	if len(files) == 0 {
		fail("no inclusion proofs")
	}
	for _, f := range files {
		var p inclusion
		if err := json.Unmarshal(read(dir, filepath.Base(f)), &p); err != nil {
			fail("%s: %v", f, err)
		}
		proof := make(tlog.RecordProof, len(p.Hashes))
		for i, h := range p.Hashes {
			proof[i] = hash(h)
		}
		if hash(p.LeafHash) != leaves[p.LeafIndex] {
			fail("%s: leaf hash differs from tlog.RecordHash of the record", f)
		}
		if err := tlog.CheckRecord(proof, p.TreeSize, hash(p.RootHash), p.LeafIndex, hash(p.LeafHash)); err != nil {
			fail("%s: tlog.CheckRecord: %v", f, err)
		}
		if p.TreeSize == newCp.size && hash(p.RootHash) != newCp.root {
			fail("%s: root differs from the signed checkpoint", f)
		}
	}

	// Our consistency proof between the two checkpoints.
	var c consistency
	if err := json.Unmarshal(read(dir, "consistency.json"), &c); err != nil {
		fail("consistency.json: %v", err)
	}
	if c.FromSize != oldCp.size || c.ToSize != newCp.size || hash(c.FromRoot) != oldCp.root || hash(c.ToRoot) != newCp.root {
		fail("consistency proof is not between the two checkpoints")
	}
	tproof := make(tlog.TreeProof, len(c.Hashes))
	for i, h := range c.Hashes {
		tproof[i] = hash(h)
	}
	if err := tlog.CheckTree(tproof, newCp.size, newCp.root, oldCp.size, oldCp.root); err != nil {
		fail("tlog.CheckTree: %v", err)
	}
	// And tlog's own consistency proof must equal ours (both are RFC 6962 PROOF(m, D[n])).
	own, err := tlog.ProveTree(newCp.size, oldCp.size, reader)
	if err != nil || len(own) != len(tproof) {
		fail("tlog.ProveTree: %v (%d vs %d hashes)", err, len(own), len(tproof))
	}
	for i := range own {
		if own[i] != tproof[i] {
			fail("consistency proof hash %d differs from tlog.ProveTree", i)
		}
	}
	fmt.Printf("ok: %d records, checkpoints %d and %d, %d inclusion proofs verified by Go sumdb/note and sumdb/tlog\n",
		len(records), oldCp.size, newCp.size, len(files))
}
