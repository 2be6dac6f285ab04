#pragma once

#include "directory/DirectoryPerson.h"
#include "group/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * One problem of a batch row: a cell that cannot be read, a person or department the directory cannot pin down, or
 * what GroupSpec::validate() found (carried as it is, so the row is judged exactly as the form judges one group).
 */
struct BatchIssue
{
    Q_DECLARE_TR_FUNCTIONS(BatchIssue)

public:
    enum class Code
    {
        Validation, // `validation` says what
        OwnerConflict, // rows of one group name different owners
        OwnerNotOne, // the owner cell names no person or several
        SwitchValue, // a switch cell that is not 1/0, 是/否, yes/no, true/false or ✓
        SwitchConflict, // rows of one group give a switch two values
        PresetConflict, // rows of one group name two presets
        UnknownPreset, // no saved preset has this name
        UnknownPerson,
        AmbiguousPerson, // `people` lists the candidates
        UnknownDepartment,
        AmbiguousDepartment, // `paths` lists the candidates
        NeedsDirectory, // a name, job number or department, and no directory to read it with
    };

    Code code = Code::Validation;
    QString subject; // the cell's text, the person or department asked for, or the conflicting values
    QString column; // the column's title, where one applies
    QList<DirectoryPerson> people; // the candidates of an ambiguous person, as the directory has them
    QStringList paths; // the candidates of an ambiguous department
    ValidationIssue validation; // for Code::Validation

    static BatchIssue of(Code code, const QString& subject = {}, const QString& column = {});
    static BatchIssue fromValidation(const ValidationIssue& issue);

    /** The stable code of the JSON output: validate()'s own ("name-too-long"…) or "unknown-person" and so on. */
    QString codeName() const;
    /** A sentence in the current language. */
    QString message() const;
    /** The candidates one line each, as the user tells them apart: "王建国 · 总经办 · manager4220", or the paths. */
    QStringList candidateLines() const;
};

using BatchIssues = QList<BatchIssue>;
