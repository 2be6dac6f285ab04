#include "CliErrorCode.h"

QString errcodeText(CliErrorCode code)
{
    switch (code) {
    case CliErrorCode::Usage:
        return QStringLiteral("usage");
    case CliErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case CliErrorCode::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case CliErrorCode::InsecureServer:
        return QStringLiteral("insecure-server");
    case CliErrorCode::MembersFile:
        return QStringLiteral("members-file");
    case CliErrorCode::MembersColumn:
        return QStringLiteral("members-column");
    case CliErrorCode::UnresolvedMobiles:
        return QStringLiteral("unresolved-mobiles");
    }
    return QString(); // not reached: every code has its text
}
