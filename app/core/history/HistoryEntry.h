#pragma once

#include "create/CreateResult.h"
#include "dingtalk/ConnectionSettings.h"
#include "group/GroupSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct GroupValidation;

/**
 * One create attempt as the history keeps it: what was asked, what DingTalk answered, and who is missing. Holds no
 * token and no secret: every text from outside passes SecretMasker before it gets here (see masked()).
 */
struct HistoryEntry
{
    QString id; // unique, for update() and remove()
    QDateTime time; // UTC
    QString profile; // the connection profile's name
    ApiGeneration generation = ApiGeneration::Legacy;
    QString name;
    QString owner;
    int memberCount = 0; // members asked for, owner included
    QStringList memberIds; // every id asked for, owner first, as sent: for "create a similar group" (empty in entries
                           // written before the history kept them)
    int membersInGroup = 0; // members in the group after the attempt
    GroupSettings settings;
    QString openConversationId;
    QString chatid;
    QString outcome; // CreateResult::outcomeName()
    QString errcode;
    QString errmsg;
    QList<FailedMember> failedMembers;
    QString connection; // ConnectionSettings::identity() of the connection that made it (empty in older entries)

    /**
     * The entry for one finished create. `validation` is what was sent (GroupSpec::validate()); `secrets` (the app
     * secret, a pasted token) are masked wherever they appear, on top of the token patterns SecretMasker knows.
     */
    static HistoryEntry fromResult(const GroupValidation& validation, const GroupSettings& settings,
                                   const CreateResult& result, const QString& profile, ApiGeneration generation,
                                   const QStringList& secrets = {});

    /** A new unique id for an entry. */
    static QString createId();
    /** A copy whose every text field went through SecretMasker::maskText(). */
    HistoryEntry masked(const QStringList& secrets = {}) const;

    QJsonObject toJson() const;
    /** Reads an entry written by toJson(); fields it does not know are ignored, missing ones stay empty. */
    static HistoryEntry fromJson(const QJsonObject& object);

    /** The errcode kept for an error: DingTalk's, or the stable name of a transport failure (its errcode is empty). */
    static QString errorCode(const ApiError& error);
    /** The errmsg kept for an error: DingTalk's, or the transport failure's detail. */
    static QString errorMessage(const ApiError& error);
    /** `[{userid, mobile, errcode, errmsg}]`, as the file keeps failed members. */
    static QJsonArray failedMembersToJson(const QList<FailedMember>& members);
    static QList<FailedMember> failedMembersFromJson(const QJsonArray& array);

    /** "oapi" or "v1.0", as profiles name the generations. */
    static QString generationName(ApiGeneration generation);
    static ApiGeneration generationFromName(const QString& name);
    /** The time as written to the file and the exports: ISO 8601 in UTC, "2026-03-01T08:30:00Z". */
    QString timeText() const;
    /** The time on this computer's clock, "2026-03-01 16:30:00", as people read it in an export. */
    QString localTimeText() const;
    /** "Created", "May exist", … for `outcome` (CreateResult::outcomeName()), in the current language. */
    static QString outcomeText(const QString& outcome);

    bool operator==(const HistoryEntry& other) const;
    bool operator!=(const HistoryEntry& other) const { return !(*this == other); }

    Q_DECLARE_TR_FUNCTIONS(HistoryEntry) // last: the macro leaves what follows it private
};
