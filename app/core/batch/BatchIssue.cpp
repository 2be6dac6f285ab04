#include "BatchIssue.h"

BatchIssue BatchIssue::of(Code code, const QString& subject, const QString& column)
{
    BatchIssue issue;
    issue.code = code;
    issue.subject = subject;
    issue.column = column;
    return issue;
}

BatchIssue BatchIssue::fromValidation(const ValidationIssue& validation)
{
    BatchIssue issue;
    issue.validation = validation;
    issue.subject = validation.subject;
    return issue;
}

QString BatchIssue::codeName() const
{
    switch (code) {
    case Code::Validation:
        return validation.codeName();
    case Code::OwnerConflict:
        return QStringLiteral("owner-conflict");
    case Code::OwnerNotOne:
        return QStringLiteral("owner-not-one-person");
    case Code::SwitchValue:
        return QStringLiteral("switch-value");
    case Code::SwitchConflict:
        return QStringLiteral("switch-conflict");
    case Code::PresetConflict:
        return QStringLiteral("preset-conflict");
    case Code::UnknownPreset:
        return QStringLiteral("unknown-preset");
    case Code::UnknownPerson:
        return QStringLiteral("unknown-person");
    case Code::AmbiguousPerson:
        return QStringLiteral("ambiguous-person");
    case Code::UnknownDepartment:
        return QStringLiteral("unknown-department");
    case Code::AmbiguousDepartment:
        return QStringLiteral("ambiguous-department");
    case Code::NeedsDirectory:
        return QStringLiteral("needs-directory");
    }
    return QString();
}

QString BatchIssue::message() const
{
    switch (code) {
    case Code::Validation:
        return validation.message();
    case Code::OwnerConflict:
        return tr("The rows of this group name different owners: %1.").arg(subject);
    case Code::OwnerNotOne:
        return tr("The owner cell must name exactly one person, not \"%1\".").arg(subject);
    case Code::SwitchValue:
        return tr("\"%1\" in the column %2 is not a switch value: use 1 or 0, 是 or 否, yes or no, true or false, or "
                  "✓.")
            .arg(subject, column);
    case Code::SwitchConflict:
        return tr("The rows of this group give the column %1 different values.").arg(column);
    case Code::PresetConflict:
        return tr("The rows of this group name different presets: %1.").arg(subject);
    case Code::UnknownPreset:
        return tr("There is no saved preset named \"%1\".").arg(subject);
    case Code::UnknownPerson:
        return tr("Nobody in the directory matches \"%1\".").arg(subject);
    case Code::AmbiguousPerson:
        return tr("\"%1\" matches several people: %2. Use a job number or userid instead.")
            .arg(subject, candidateLines().join(QStringLiteral("; ")));
    case Code::UnknownDepartment:
        return tr("There is no department \"%1\" in the directory.").arg(subject);
    case Code::AmbiguousDepartment:
        return tr("\"%1\" matches several departments: %2. Give its path, such as 销售部/华东区.")
            .arg(subject, candidateLines().join(QStringLiteral("; ")));
    case Code::NeedsDirectory:
        return tr("\"%1\" can only be read with the organisation's directory, which could not be loaded: give a "
                  "userid or a mobile number instead.")
            .arg(subject);
    }
    return QString();
}

QStringList BatchIssue::candidateLines() const
{
    QStringList lines = paths;
    for (const DirectoryPerson& person : people) {
        // Name, departments and userid: two namesakes differ at least by their userids.
        QStringList parts{ person.name };
        if (!person.departmentPaths.isEmpty())
            parts.append(person.departmentPaths.join(QStringLiteral(", ")));
        parts.append(person.userid);
        lines.append(parts.join(QStringLiteral(" · ")));
    }
    return lines;
}
