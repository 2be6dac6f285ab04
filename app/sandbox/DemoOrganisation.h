#pragma once

#include "EmulatorTypes.h"

#include <QList>
#include <QStringList>

/** A whole organisation: its department tree (root 1 first) and its people. */
struct EmulatedOrganisation
{
    QList<EmulatedDepartment> departments;
    QList<EmulatedEmployee> employees;
};

/**
 * The sandbox's made-up company: about 2000 employees generated from a fixed seed, so every run (and every
 * test) sees the same people. Mostly Chinese names, some English ones; userids in DingTalk's styles. They sit in a
 * tree of 26 departments below the organisation (four levels; 华东区 both under 销售部 and under 市场部), most have a
 * job number and a title, one in forty is in two departments, and two (namesakes()) share the name 张伟.
 */
class DemoOrganisation
{
public:
    static constexpr int EmployeeCount = 2000;

    /** The demo organisation's one app: the sandbox's connection logs in with it. */
    static QString appKey() { return QStringLiteral("dingsandboxdemo0001"); }
    static QString appSecret() { return QStringLiteral("sandbox-demo-secret-0123456789abcdef"); }

    /** Every employee, active or not, in a stable order; the documentation's example ids come first. */
    static const QList<EmulatedEmployee>& employees();

    /** The department tree, the root (dept_id 1, the organisation's own name) first. */
    static const QList<EmulatedDepartment>& departments();
    /** Two active people of the same name (namesakeName()) in different departments. */
    static QStringList namesakes();
    static QString namesakeName() { return QStringLiteral("张伟"); }

    /** A larger made-up organisation for benchmarks: `people` people spread over `departments` departments. */
    static EmulatedOrganisation generated(int people, int departments);

    /** The group owner of DingTalk's documentation example, an active manager. */
    static QString ownerId() { return QStringLiteral("manager4220"); }
};
