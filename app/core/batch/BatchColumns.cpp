#include "BatchColumns.h"

#include "group/SettingFields.h"

#include <QHash>

namespace {

enum class Role
{
    Name,
    Owner,
    Preset,
    Department,
    Person,
};

struct TitleRole
{
    Role role;
    PersonField field = PersonField::Any;
};

const QHash<QString, TitleRole>& titleRoles()
{
    static const QHash<QString, TitleRole> roles = [] {
        QHash<QString, TitleRole> map;
        const auto add = [&map](std::initializer_list<const char16_t*> titles, TitleRole role) {
            for (const char16_t* title : titles)
                map.insert(BatchColumns::normalisedTitle(QStringView(title)), role);
        };
        add({ u"群名称", u"群名", u"group", u"group name" }, { Role::Name });
        add({ u"群主", u"owner" }, { Role::Owner });
        add({ u"预设", u"preset" }, { Role::Preset });
        add({ u"部门", u"department" }, { Role::Department });
        add({ u"成员", u"members", u"member", u"人员" }, { Role::Person, PersonField::Any });
        add({ u"userid", u"用户ID" }, { Role::Person, PersonField::UserId });
        add({ u"姓名", u"name" }, { Role::Person, PersonField::Name });
        add({ u"工号", u"job number" }, { Role::Person, PersonField::JobNumber });
        add({ u"手机号", u"mobile", u"手机" }, { Role::Person, PersonField::Mobile });
        return map;
    }();
    return roles;
}

// The short Chinese labels HR sheets use, in the order of SettingFields::all().
constexpr const char16_t* ChineseLabels[]
    = { u"新成员可看历史消息", u"可被搜索", u"入群需要验证", u"仅群主可@所有人", u"仅群主可管理", u"全员禁言" };

} // namespace

QString BatchColumns::normalisedTitle(QStringView title)
{
    QString key;
    key.reserve(title.size());
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title.at(i);
        // A mnemonic: "(&S)" or "（&S）" goes whole, a bare '&' before a letter goes alone.
        if ((c == u'(' || c == u'\uFF08') && i + 3 < title.size() && title.at(i + 1) == u'&'
            && (title.at(i + 3) == u')' || title.at(i + 3) == u'\uFF09')) {
            i += 3;
            continue;
        }
        if (c.isSpace() || c == u'&' || c == u'*' || c == u':' || c == u'\uFF1A' || c == u'_')
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

int BatchColumns::settingOfTitle(QStringView title)
{
    const QString key = normalisedTitle(title);
    const QList<SettingFields::Field>& fields = SettingFields::all();
    for (int i = 0; i < int(fields.size()); ++i) {
        if (key == normalisedTitle(fields.at(i).key) || key == normalisedTitle(QStringView(ChineseLabels[i]))
            || key == normalisedTitle(QString::fromLatin1(fields.at(i).label)))
            return i;
    }
    return -1;
}

BatchColumns BatchColumns::fromTitles(const QStringList& titles)
{
    BatchColumns columns;
    QList<int> settingsSeen;
    for (int column = 0; column < int(titles.size()); ++column) {
        const QString key = normalisedTitle(titles.at(column));
        const auto role = titleRoles().constFind(key);
        if (role == titleRoles().cend()) {
            const int setting = settingOfTitle(titles.at(column));
            if (setting >= 0 && !settingsSeen.contains(setting)) {
                settingsSeen.append(setting);
                columns.switches.append(SwitchColumn{ column, setting });
            } else {
                columns.unknown.append(column);
            }
            continue;
        }
        int* single = nullptr;
        switch (role->role) {
        case Role::Name:
            single = &columns.name;
            break;
        case Role::Owner:
            single = &columns.owner;
            break;
        case Role::Preset:
            single = &columns.preset;
            break;
        case Role::Department:
            single = &columns.department;
            break;
        case Role::Person: {
            bool seen = false;
            for (const PersonColumn& person : columns.people)
                seen = seen || person.field == role->field;
            if (seen)
                columns.unknown.append(column);
            else
                columns.people.append(PersonColumn{ column, role->field });
            continue;
        }
        }
        if (*single < 0)
            *single = column;
        else
            columns.unknown.append(column);
    }
    return columns;
}
