#pragma once

#include <QList>
#include <QString>

#include "crypto/Dsse.h"
#include "signoff/SignOffVerdict.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

// Verifies sign-offs with the roster alone (no Countersign state needed): the envelope is
// well formed and carries one signature; the named operator is on the roster; the
// signature verifies with that operator's roster key (and the keyid is that key's id); the
// operator holds the role, may sign the step, and is not the bundle's model owner; the
// subject is this bundle and its digest equals the current bundle.json digest (otherwise the
// sign-off is void).
class SignOffVerifier {
public:
    explicit SignOffVerifier(const Roster& roster) : m_roster(roster) {}

    SignOffVerdict verify(const DsseEnvelope& envelope, const Bundle& bundle,
                          const QString& file = {}) const;
    SignOffVerdict verifyFile(const QString& path, const Bundle& bundle) const;
    // Every approvals/*.dsse.json of the bundle, by file name.
    QList<SignOffVerdict> verifyBundle(const Bundle& bundle) const;

    static QString approvalsDir(const Bundle& bundle);  // <bundle>/approvals
    static QStringList envelopeFiles(const Bundle& bundle);

private:
    const Roster& m_roster;
};

}  // namespace countersign
