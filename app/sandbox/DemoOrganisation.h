#pragma once

#include "EmulatorTypes.h"

#include <QList>

/**
 * The sandbox's made-up company: about 2000 employees generated from a fixed seed, so every run (and every
 * test) sees the same people. Mostly Chinese names, some English ones; userids in DingTalk's styles.
 */
class DemoOrganisation
{
public:
    static constexpr int EmployeeCount = 2000;

    /** Every employee, active or not, in a stable order; the documentation's example ids come first. */
    static const QList<EmulatedEmployee>& employees();

    /** The group owner of DingTalk's documentation example, an active manager. */
    static QString ownerId() { return QStringLiteral("manager4220"); }
};
