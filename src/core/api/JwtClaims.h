#pragma once

#include <QString>

namespace amodesk {

struct JwtClaims {
    qint64 expires = 0;  // Unix seconds; 0 when unknown
    QString apiDomain;
    QString audience;    // the integration (client_id) the token was issued to
    QString accountId;
};
// Reads the claims of a JWT access token without verifying it (amoCRM signs them; we only look).
// Anything that is not a JWT reads as empty claims.
JwtClaims readJwtClaims(const QString &token);

} // namespace amodesk
