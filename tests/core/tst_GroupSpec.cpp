#include "group/GroupLimits.h"
#include "group/GroupSpec.h"

#include <QTest>

namespace {
GroupSpec validSpec()
{
    GroupSpec spec;
    spec.name = QStringLiteral("全员群");
    spec.owner = QStringLiteral("manager4220");
    spec.members = { Member::fromUserId(QStringLiteral("manager4220")), Member::fromUserId(QStringLiteral("userid1")),
                     Member::fromUserId(QStringLiteral("userid2")) };
    return spec;
}

QList<ValidationIssue::Code> codes(const GroupValidation& validation)
{
    QList<ValidationIssue::Code> result;
    for (const ValidationIssue& issue : validation.issues)
        result.append(issue.code);
    return result;
}
} // namespace

class TestGroupSpec : public QObject
{
    Q_OBJECT

private slots:
    // Issue 17, point 4: a 49 MB cell was sent as a userid; DingTalk's are 1 to 64 characters.
    void idsOverSixtyFourCharacters_areInvalidAndQuotedShort()
    {
        GroupSpec spec = validSpec();
        const QString longId(50 * 1024 * 1024, u'a');
        spec.members.append(Member::fromUserId(longId, MemberSource::Typed));
        spec.members.append(Member::fromUserId(QString(64, u'b'), MemberSource::Typed));
        const QByteArray utf8Id(70, 'c');
        const GroupValidation validation = spec.validate({ QUtf8StringView(utf8Id) });
        QVERIFY(!validation.isValid());
        QCOMPARE(validation.errors().size(), 2);
        for (const ValidationIssue& issue : validation.errors()) {
            QCOMPARE(issue.code, ValidationIssue::MemberIdTooLong);
            QCOMPARE(issue.subject.size(), 65); // 64 characters and "…"
            QVERIFY(issue.message().size() < 300);
        }
        QVERIFY(validation.memberIds.contains(QString(64, u'b')));
        QVERIFY(!GroupSpec::isValidUserId(QString(65, u'a')));

        spec = validSpec();
        spec.owner = QString(65, u'o');
        QVERIFY(spec.validate().hasIssue(ValidationIssue::OwnerIdTooLong));
    }

    void manyInvalidIds_giveABoundedNumberOfIssues()
    {
        GroupSpec spec = validSpec();
        for (int i = 0; i < 5000; ++i)
            spec.members.append(Member::fromUserId(QStringLiteral("bad id %1").arg(i), MemberSource::Typed));
        const GroupValidation validation = spec.validate();
        QVERIFY(!validation.isValid());
        QCOMPARE(validation.errors().size(), ValidationIssue::InvalidIdsKept);
    }

    void validSpec_hasNoIssues()
    {
        const GroupValidation validation = validSpec().validate();
        QVERIFY(validation.isValid());
        QVERIFY(validation.issues.isEmpty());
        QCOMPARE(validation.memberIds,
                 QStringList({ QStringLiteral("manager4220"), QStringLiteral("userid1"), QStringLiteral("userid2") }));
    }

    void nameLength_countsCodePoints()
    {
        QCOMPARE(GroupSpec::nameLength(QStringLiteral("全员群")), 3);
        QCOMPARE(GroupSpec::nameLength(QStringLiteral("HR 2026")), 7);
        // An emoji outside the BMP is two UTF-16 units but one character.
        QCOMPARE(GroupSpec::nameLength(QString::fromUtf8("\xF0\x9F\x98\x80")), 1);
    }

    void nameOfTwentyChineseCharacters_isValid()
    {
        GroupSpec spec = validSpec();
        spec.name = QString(20, QChar(0x7FA4)); // 群 x 20
        QVERIFY(spec.validate().isValid());
        spec.name = QString(21, QChar(0x7FA4));
        const GroupValidation validation = spec.validate();
        QVERIFY(!validation.isValid());
        QCOMPARE(codes(validation), QList<ValidationIssue::Code>{ ValidationIssue::NameTooLong });
        QCOMPARE(validation.issues.first().subject, QStringLiteral("21"));
    }

    void twentyEmoji_areTwentyCharacters()
    {
        GroupSpec spec = validSpec();
        spec.name = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(20);
        QVERIFY(spec.validate().isValid());
    }

    void surroundingBlanks_areTrimmedNotErrors()
    {
        GroupSpec spec = validSpec();
        spec.name = QStringLiteral("  Team  ");
        spec.owner = QStringLiteral(" manager4220\t");
        spec.members = { Member::fromUserId(QStringLiteral("manager4220")), Member{} };
        spec.members[1].userid = QStringLiteral("\tuserid1 ");
        const GroupValidation validation = spec.validate();
        QVERIFY(validation.isValid());
        QCOMPARE(validation.name, QStringLiteral("Team"));
        QCOMPARE(validation.owner, QStringLiteral("manager4220"));
        QCOMPARE(validation.memberIds, QStringList({ QStringLiteral("manager4220"), QStringLiteral("userid1") }));
    }

    void emptyName_isReported()
    {
        GroupSpec spec = validSpec();
        spec.name = QStringLiteral(" \u3000 ");
        QCOMPARE(codes(spec.validate()), QList<ValidationIssue::Code>{ ValidationIssue::NameEmpty });
    }

    void emptyOwner_isReported()
    {
        GroupSpec spec = validSpec();
        spec.owner = QStringLiteral("  ");
        const GroupValidation validation = spec.validate();
        QCOMPARE(codes(validation), QList<ValidationIssue::Code>{ ValidationIssue::OwnerEmpty });
        QCOMPARE(validation.issues.first().field, ValidationIssue::Field::Owner);
    }

    void noMembers_isReported()
    {
        GroupSpec spec = validSpec();
        spec.members.clear();
        QCOMPARE(codes(spec.validate()), QList<ValidationIssue::Code>{ ValidationIssue::NoMembers });
    }

    void idWithBlankOrControlInside_isInvalid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("space") << QStringLiteral("user 1");
        QTest::newRow("tab") << QStringLiteral("user\t1");
        QTest::newRow("ideographic space") << QStringLiteral("user\u30001");
        QTest::newRow("no-break space") << QStringLiteral("user\u00a01");
        QTest::newRow("control") << QStringLiteral("user\u00071");
        QTest::newRow("newline") << QStringLiteral("user\n1");
    }

    void idWithBlankOrControlInside_isInvalid()
    {
        QFETCH(QString, id);
        GroupSpec spec = validSpec();
        spec.members.append(Member::fromUserId(id));
        const GroupValidation validation = spec.validate();
        QCOMPARE(codes(validation), QList<ValidationIssue::Code>{ ValidationIssue::MemberIdInvalid });
        QCOMPARE(validation.issues.first().subject, id);
        spec.owner = id;
        QVERIFY(spec.validate().hasIssue(ValidationIssue::OwnerInvalid));
    }

    void everyProblem_isReportedAtOnce()
    {
        GroupSpec spec;
        spec.name = QString(25, QLatin1Char('x'));
        spec.members = { Member::fromUserId(QStringLiteral("bad id")) };
        const GroupValidation validation = spec.validate();
        QCOMPARE(codes(validation),
                 (QList<ValidationIssue::Code>{ ValidationIssue::NameTooLong, ValidationIssue::OwnerEmpty,
                                                ValidationIssue::MemberIdInvalid }));
    }

    void duplicates_areRemovedAndReported()
    {
        GroupSpec spec = validSpec();
        spec.members.append(Member::fromUserId(QStringLiteral("userid1")));
        spec.members.append(Member::fromUserId(QStringLiteral(" userid2 ")));
        const GroupValidation validation = spec.validate();
        QVERIFY(validation.isValid());
        QCOMPARE(validation.memberIds.size(), 3);
        // One notice for the whole list, naming every repeated id.
        QCOMPARE(codes(validation), QList<ValidationIssue::Code>{ ValidationIssue::DuplicateRemoved });
        const ValidationIssue notice = validation.notices().constFirst();
        QCOMPARE(notice.repeatedIds, (QStringList{ QStringLiteral("userid1"), QStringLiteral("userid2") }));
        QCOMPARE(notice.subject, QStringLiteral("userid1"));
        QCOMPARE(notice.removedCount, 2);
        QVERIFY2(notice.message().contains(QStringLiteral("\"userid2\"")), qPrintable(notice.message()));
        QVERIFY(validation.errors().isEmpty());
    }

    void oneRepeatedId_isNamedAlone()
    {
        GroupSpec spec = validSpec();
        spec.members.append(Member::fromUserId(QStringLiteral("userid1")));
        const ValidationIssue notice = spec.validate().notices().constFirst();
        QCOMPARE(notice.message(), QStringLiteral("\"userid1\" was listed more than once; it is added once."));
    }

    void staffListWithManyRepeats_givesOneNoticeThatCountsThem()
    {
        GroupSpec spec = validSpec();
        spec.members.clear();
        for (int i = 0; i < 30000; ++i)
            spec.members.append(Member::fromUserId(QStringLiteral("user%1").arg(i % 10000)));
        const GroupValidation validation = spec.validate();
        QCOMPARE(validation.notices().size(), 2); // the repeats, and the owner who was not listed
        const ValidationIssue notice = validation.notices().constFirst();
        QCOMPARE(notice.code, ValidationIssue::DuplicateRemoved);
        QCOMPARE(notice.repeatedIdCount, 10000);
        QCOMPARE(notice.repeatedIds.size(), ValidationIssue::RepeatedIdsKept); // the first ones, for the JSON
        QCOMPARE(notice.removedCount, 20000);
        QCOMPARE(notice.repeatedIds.constFirst(), QStringLiteral("user0"));
        // The sentence names a few and counts the rest; it does not list ten thousand ids.
        QVERIFY2(notice.message().size() < 200, qPrintable(notice.message()));
        QVERIFY2(notice.message().contains(QStringLiteral("10000"))
                     && notice.message().contains(QStringLiteral("20000")),
                 qPrintable(notice.message()));
        QCOMPARE(validation.memberCount, 10001); // the owner was not listed: added
        QVERIFY(validation.hasIssue(ValidationIssue::TooManyMembers));
        // Nothing is sent for a list over the limit, so the ids past it are counted, not kept.
        QCOMPARE(validation.memberIds.size(), GroupLimits::MaxGroupMembers + 1);
        QCOMPARE(validation.memberIds.constFirst(), QStringLiteral("manager4220"));
    }

    void idsHeldElsewhere_areJudgedLikeMembers()
    {
        GroupSpec spec = validSpec();
        spec.members.append(Member::fromUserId(QStringLiteral("张三")));
        // UTF-8, as the cells of an imported file are held: "张三" is also a (UTF-16) member, so it is a repeat.
        const QByteArray cells = QStringLiteral("user7 user8 user7 bad\tid 张三").toUtf8();
        // Views into `cells` itself: QByteArray::sliced() returns a copy, and a view of it would dangle.
        const auto cell = [&cells](qsizetype from, qsizetype length) {
            return QUtf8StringView(cells.constData() + from, length);
        };
        const QList<QAnyStringView> ids{ cell(0, 5), cell(6, 5), cell(12, 5), cell(18, 6),
                                         cell(25, cells.size() - 25) };
        const GroupValidation validation = spec.validate(ids);
        QCOMPARE(validation.memberIds.mid(validation.memberIds.size() - 3),
                 (QStringList{ QStringLiteral("张三"), QStringLiteral("user7"), QStringLiteral("user8") }));
        QVERIFY(validation.hasIssue(ValidationIssue::MemberIdInvalid));
        QVERIFY(validation.hasIssue(ValidationIssue::DuplicateRemoved));
        QCOMPARE(validation.memberCount, int(spec.validate().memberIds.size()) + 2);
    }

    void missingOwner_isAddedFirstAndReported()
    {
        GroupSpec spec = validSpec();
        spec.members.removeFirst();
        const GroupValidation validation = spec.validate();
        QVERIFY(validation.isValid());
        QCOMPARE(validation.memberIds.first(), QStringLiteral("manager4220"));
        QCOMPARE(validation.memberIds.size(), 3);
        QCOMPARE(codes(validation), QList<ValidationIssue::Code>{ ValidationIssue::OwnerAddedToMembers });
    }

    void ownerListedLater_movesFirst()
    {
        GroupSpec spec = validSpec();
        spec.members.move(0, 2);
        const GroupValidation validation = spec.validate();
        QCOMPARE(validation.memberIds.first(), QStringLiteral("manager4220"));
        QVERIFY(validation.issues.isEmpty());
    }

    void thousandMembers_isTheLimit()
    {
        GroupSpec spec = validSpec();
        spec.members.clear();
        for (int i = 0; i < GroupLimits::MaxGroupMembers - 1; ++i)
            spec.members.append(Member::fromUserId(QStringLiteral("u%1").arg(i)));
        // 999 listed plus the owner added: exactly 1000.
        QVERIFY(spec.validate().isValid());
        spec.members.append(Member::fromUserId(QStringLiteral("one-too-many")));
        const GroupValidation validation = spec.validate();
        QVERIFY(validation.hasIssue(ValidationIssue::TooManyMembers));
        for (const ValidationIssue& issue : validation.errors())
            QCOMPARE(issue.subject, QStringLiteral("1001"));
    }

    void duplicates_doNotCountAgainstTheLimit()
    {
        GroupSpec spec = validSpec();
        spec.members.clear();
        for (int i = 0; i < 2000; ++i)
            spec.members.append(Member::fromUserId(QStringLiteral("u%1").arg(i % 500)));
        spec.owner = QStringLiteral("u0");
        QVERIFY(spec.validate().isValid());
    }

    void unresolvedPhoneNumber_blocksSending()
    {
        GroupSpec spec = validSpec();
        Member phone;
        phone.mobile = QStringLiteral("13800000000");
        phone.state = MemberState::Unresolved;
        spec.members.append(phone);
        QVERIFY(spec.validate().hasIssue(ValidationIssue::MemberUnresolved));
    }

    void issueCodes_haveStableNamesAndMessages()
    {
        const QList<ValidationIssue::Code> all{
            ValidationIssue::NameEmpty,          ValidationIssue::NameTooLong,      ValidationIssue::OwnerEmpty,
            ValidationIssue::OwnerInvalid,       ValidationIssue::NoMembers,        ValidationIssue::TooManyMembers,
            ValidationIssue::MemberIdInvalid,    ValidationIssue::MemberUnresolved, ValidationIssue::DuplicateRemoved,
            ValidationIssue::OwnerAddedToMembers
        };
        QSet<QString> names;
        QSet<QString> messages;
        for (ValidationIssue::Code code : all) {
            const ValidationIssue issue{ code, ValidationIssue::Field::Members, QStringLiteral("x") };
            names.insert(issue.codeName());
            messages.insert(issue.message());
            QVERIFY(!issue.message().isEmpty());
        }
        QCOMPARE(names.size(), all.size());
        QCOMPARE(messages.size(), all.size());
        const ValidationIssue tooLong{ ValidationIssue::NameTooLong, ValidationIssue::Field::Name, {} };
        QCOMPARE(tooLong.codeName(), QStringLiteral("name-too-long"));
    }
};

QTEST_GUILESS_MAIN(TestGroupSpec)
#include "tst_GroupSpec.moc"
