#pragma once

#include "create/PlannedCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The calls of a --dry-run (RequestPlan, the window's preview) in the command line's two forms: JSON for --json and
 * readable text for a person. The calls come masked; nothing here sends anything.
 */
class CliPlan
{
    Q_DECLARE_TR_FUNCTIONS(CliPlan)

public:
    /** {title, method, url, headers: {name: value}, body, curl}: body is the JSON the call sends, null for none. */
    static QJsonObject callJson(const PlannedCall& call);
    static QJsonArray toJson(const QList<PlannedCall>& plan);
    /** Every call numbered with its title, then its method and URL, headers, body (indented) and cURL command. */
    static QString toText(const QList<PlannedCall>& plan);
};
