// RFC 6962 reference vectors as published by transparency-dev/merkle (testonly/constants.go and
// proof/verify_test.go; the same data as certificate-transparency's merkle tree tests).
#include <QtTest>

#include "audit/ConsistencyProof.h"
#include "audit/InclusionProof.h"
#include "audit/MerkleTree.h"

using namespace countersign;

namespace {

QList<QByteArray> leafInputs() {
    return {QByteArray(),
            QByteArray::fromHex("00"),
            QByteArray::fromHex("10"),
            QByteArray::fromHex("2021"),
            QByteArray::fromHex("3031"),
            QByteArray::fromHex("40414243"),
            QByteArray::fromHex("5051525354555657"),
            QByteArray::fromHex("606162636465666768696a6b6c6d6e6f")};
}

const char* const kRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

QList<QByteArray> hexList(std::initializer_list<const char*> l) {
    QList<QByteArray> out;
    for (const char* h : l) out << QByteArray::fromHex(h);
    return out;
}

// A hash source over the reference leaves, computed naively (no shared code with MerkleTree's
// proof functions beyond the two hash primitives).
MerkleTree::HashSource naiveSource() {
    return [](int level, qint64 index) -> QByteArray {
        const auto leaves = leafInputs();
        std::function<QByteArray(qint64, qint64)> mth = [&](qint64 lo, qint64 hi) -> QByteArray {
            if (hi - lo == 1)
                return MerkleTree::leafHash(leaves.at(lo));
            const qint64 k = (hi - lo) / 2;
            return MerkleTree::nodeHash(mth(lo, lo + k), mth(lo + k, hi));
        };
        const qint64 lo = index << level, hi = (index + 1) << level;
        if (hi > leaves.size())
            return {};
        return mth(lo, hi);
    };
}

}  // namespace

class TestMerkleTree : public QObject {
    Q_OBJECT
private slots:
    void roots_data() {
        QTest::addColumn<int>("size");
        for (int n = 0; n <= 8; ++n) QTest::addRow("size %d", n) << n;
    }
    void roots() {
        QFETCH(int, size);
        const QByteArray expected = QByteArray::fromHex(kRoots[size]);
        auto root = MerkleTree::rootHash(size, naiveSource());
        QVERIFY(root.ok());
        QCOMPARE(root.value().toHex(), expected.toHex());
        CompactRange range;
        const auto leaves = leafInputs();
        for (int i = 0; i < size; ++i) range.append(MerkleTree::leafHash(leaves.at(i)));
        QCOMPARE(range.root().toHex(), expected.toHex());
    }

    void inclusion_data() {
        QTest::addColumn<qint64>("index");  // 0-based
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QList<QByteArray>>("proof");
        QTest::newRow("0 in 1") << qint64(0) << qint64(1) << QList<QByteArray>{};
        QTest::newRow("0 in 8")
            << qint64(0) << qint64(8)
            << hexList({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"});
        QTest::newRow("5 in 8")
            << qint64(5) << qint64(8)
            << hexList({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
        QTest::newRow("2 in 3")
            << qint64(2) << qint64(3)
            << hexList({"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"});
        QTest::newRow("1 in 5")
            << qint64(1) << qint64(5)
            << hexList({"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"});
    }
    void inclusion() {
        QFETCH(qint64, index);
        QFETCH(qint64, size);
        QFETCH(QList<QByteArray>, proof);
        auto made = MerkleTree::inclusionProof(index, size, naiveSource());
        QVERIFY(made.ok());
        QCOMPARE(made.value(), proof);
        const QByteArray leaf = MerkleTree::leafHash(leafInputs().at(index));
        const QByteArray root = QByteArray::fromHex(kRoots[size]);
        QVERIFY(MerkleTree::verifyInclusion(index, size, leaf, proof, root));
        // Corruptions must fail (as in transparency-dev's verifier tests).
        QVERIFY(!MerkleTree::verifyInclusion(index + 1, size, leaf, proof, root));
        QVERIFY(!MerkleTree::verifyInclusion(index, size * 2, leaf, proof, root));
        QVERIFY(
            !MerkleTree::verifyInclusion(index, size, MerkleTree::leafHash("wrong"), proof, root));
        QVERIFY(
            !MerkleTree::verifyInclusion(index, size, leaf, proof + QList<QByteArray>{root}, root));
        QVERIFY(
            !MerkleTree::verifyInclusion(index, size, leaf, QList<QByteArray>{root} + proof, root));
        for (qsizetype i = 0; i < proof.size(); ++i) {
            QList<QByteArray> bad = proof;
            bad[i][0] = static_cast<char>(bad[i][0] ^ 8);
            QVERIFY(!MerkleTree::verifyInclusion(index, size, leaf, bad, root));
        }
    }

    void allInclusionProofsVerify() {
        for (qint64 n = 1; n <= 8; ++n)
            for (qint64 i = 0; i < n; ++i) {
                auto p = MerkleTree::inclusionProof(i, n, naiveSource());
                QVERIFY(p.ok());
                QVERIFY(MerkleTree::verifyInclusion(i, n, MerkleTree::leafHash(leafInputs().at(i)),
                                                    p.value(), QByteArray::fromHex(kRoots[n])));
            }
    }

    void consistency_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QList<QByteArray>>("proof");
        QTest::newRow("1 to 1") << qint64(1) << qint64(1) << QList<QByteArray>{};
        QTest::newRow("1 to 8")
            << qint64(1) << qint64(8)
            << hexList({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"});
        QTest::newRow("6 to 8")
            << qint64(6) << qint64(8)
            << hexList({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
        QTest::newRow("2 to 5")
            << qint64(2) << qint64(5)
            << hexList({"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"});
        QTest::newRow("6 to 7")
            << qint64(6) << qint64(7)
            << hexList({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
    }
    void consistency() {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QList<QByteArray>, proof);
        auto made = MerkleTree::consistencyProof(from, to, naiveSource());
        QVERIFY(made.ok());
        QCOMPARE(made.value(), proof);
        const QByteArray r1 = QByteArray::fromHex(kRoots[from]),
                         r2 = QByteArray::fromHex(kRoots[to]);
        QVERIFY(MerkleTree::verifyConsistency(from, to, r1, r2, proof));
        if (proof.isEmpty())
            return;
        QVERIFY(!MerkleTree::verifyConsistency(from, to, r2, r1, proof));
        QVERIFY(!MerkleTree::verifyConsistency(from - 1, to, r1, r2, proof));
        QVERIFY(!MerkleTree::verifyConsistency(from, to, r1, r2, proof.mid(0, proof.size() - 1)));
        QVERIFY(!MerkleTree::verifyConsistency(from, to, r1, r2, proof + QList<QByteArray>{r1}));
        for (qsizetype i = 0; i < proof.size(); ++i) {
            QList<QByteArray> bad = proof;
            bad[i][0] = static_cast<char>(bad[i][0] ^ 16);
            QVERIFY(!MerkleTree::verifyConsistency(from, to, r1, r2, bad));
        }
    }

    void allConsistencyProofsVerify() {
        for (qint64 n = 1; n <= 8; ++n)
            for (qint64 m = 0; m <= n; ++m) {
                auto p = MerkleTree::consistencyProof(m, n, naiveSource());
                QVERIFY(p.ok());
                QVERIFY(MerkleTree::verifyConsistency(m, n, QByteArray::fromHex(kRoots[m]),
                                                      QByteArray::fromHex(kRoots[n]), p.value()));
            }
    }

    void proofJsonRoundTrips() {
        auto path = MerkleTree::inclusionProof(2, 7, naiveSource());
        QVERIFY(path.ok());
        InclusionProof proof{2, 7, naiveSource()(0, 2), QByteArray::fromHex(kRoots[7]),
                             path.value()};
        QVERIFY(proof.verify());
        auto back = InclusionProof::fromJson(proof.toJson(), QStringLiteral("proof.json"));
        QVERIFY(back.ok());
        QVERIFY(back.value().verify());
        QCOMPARE(back.value().hashes, proof.hashes);
    }

    // A hash that is not 32 bytes of strict base64 is named, not decoded leniently.
    void proofJsonRejectsBadHashes_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("short root")
            << "root_hash" << QJsonValue(QStringLiteral("AAAA")) << "/root_hash";
        QTest::newRow("not base64")
            << "leaf_hash" << QJsonValue(QStringLiteral("!!!!")) << "/leaf_hash";
        QTest::newRow("bad list item")
            << "hashes"
            << QJsonValue(QJsonArray{QString::fromLatin1(QByteArray(32, 7).toBase64()),
                                     QStringLiteral("x%y")})
            << "/hashes/1";
    }
    void proofJsonRejectsBadHashes() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        auto path = MerkleTree::inclusionProof(2, 7, naiveSource());
        QVERIFY(path.ok());
        InclusionProof proof{2, 7, naiveSource()(0, 2), QByteArray::fromHex(kRoots[7]),
                             path.value()};
        QJsonObject json = proof.toJson();
        json.insert(field, value);
        auto back = InclusionProof::fromJson(json, QStringLiteral("proof.json"));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().file, QStringLiteral("proof.json"));
        QCOMPARE(back.error().where, where);
        QVERIFY2(back.error().message.contains(QStringLiteral("base64")),
                 qPrintable(back.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
