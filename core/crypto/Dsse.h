#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

#include "common/Result.h"

namespace countersign {

// One signature of a DSSE envelope. keyid is optional in DSSE (empty when absent).
struct DsseSignature {
    QString keyid;
    QByteArray sig;  // raw signature bytes (for us: DER ECDSA)
};

// The DSSE JSON envelope (github.com/secure-systems-lab/dsse, envelope.md):
//   {"payload": "<base64>", "payloadType": "<type>", "signatures": [{"keyid": "...", "sig":
//   "<base64>"}]}
// Written with standard base64; read strictly: standard or URL-safe alphabet (the spec
// allows both), canonical padding, no stray characters, no unknown fields.
struct DsseEnvelope {
    QString payloadType;
    QByteArray payload;
    QList<DsseSignature> signatures;

    QJsonObject toJson() const;
    QByteArray toBytes() const;  // indented JSON, trailing newline: what lands in approvals/

    static Result<DsseEnvelope> fromJson(const QJsonObject& json,
                                         const QString& fileForErrors = {});
    static Result<DsseEnvelope> fromBytes(const QByteArray& bytes,
                                          const QString& fileForErrors = {});
    static Result<DsseEnvelope> readFile(const QString& path);
};

// A key a verifier trusts: a name, its keyid (empty: matches any signature), and a check.
struct DsseVerifier {
    QString name;
    QString keyid;
    std::function<bool(QByteArrayView message, QByteArrayView signature)> verify;
};

class Dsse {
public:
    static constexpr const char* kInTotoPayloadType = "application/vnd.in-toto+json";

    // PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, where LEN is the
    // ASCII decimal byte count and type is UTF-8.
    static QByteArray pae(const QString& payloadType, QByteArrayView payload);

    // The names of the distinct verifiers that accept at least one signature over the PAE,
    // following the DSSE protocol (a signature whose keyid is set and differs from the
    // verifier's keyid is not tried with that verifier). The caller checks payloadType first.
    static QStringList recognizedSigners(const DsseEnvelope& envelope,
                                         const QList<DsseVerifier>& verifiers);

    // Strict base64: either alphabet, canonical (re-encodes to exactly the input).
    static std::optional<QByteArray> decodeBase64(const QString& text);
};

}  // namespace countersign
