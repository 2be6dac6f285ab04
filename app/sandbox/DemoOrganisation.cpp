#include "DemoOrganisation.h"

#include <QSet>

#include <random>

namespace {

struct Syllable
{
    const char* hanzi;
    const char* pinyin;
};

// Common surnames (compound ones included) and given-name characters, each with its pinyin for userids.
const Syllable kSurnames[] = {
    { "王", "wang" },   { "李", "li" },          { "张", "zhang" },   { "刘", "liu" },   { "陈", "chen" },
    { "杨", "yang" },   { "黄", "huang" },       { "赵", "zhao" },    { "吴", "wu" },    { "周", "zhou" },
    { "徐", "xu" },     { "孙", "sun" },         { "马", "ma" },      { "朱", "zhu" },   { "胡", "hu" },
    { "郭", "guo" },    { "何", "he" },          { "高", "gao" },     { "林", "lin" },   { "罗", "luo" },
    { "郑", "zheng" },  { "梁", "liang" },       { "谢", "xie" },     { "宋", "song" },  { "唐", "tang" },
    { "许", "xu" },     { "韩", "han" },         { "冯", "feng" },    { "邓", "deng" },  { "曹", "cao" },
    { "彭", "peng" },   { "曾", "zeng" },        { "肖", "xiao" },    { "田", "tian" },  { "董", "dong" },
    { "袁", "yuan" },   { "潘", "pan" },         { "于", "yu" },      { "蒋", "jiang" }, { "蔡", "cai" },
    { "余", "yu" },     { "杜", "du" },          { "叶", "ye" },      { "程", "cheng" }, { "苏", "su" },
    { "魏", "wei" },    { "吕", "lv" },          { "丁", "ding" },    { "任", "ren" },   { "沈", "shen" },
    { "姚", "yao" },    { "卢", "lu" },          { "姜", "jiang" },   { "崔", "cui" },   { "欧阳", "ouyang" },
    { "司马", "sima" }, { "上官", "shangguan" }, { "诸葛", "zhuge" },
};

const Syllable kGiven[] = {
    { "伟", "wei" },   { "芳", "fang" }, { "娜", "na" },   { "敏", "min" },  { "静", "jing" }, { "丽", "li" },
    { "强", "qiang" }, { "磊", "lei" },  { "军", "jun" },  { "洋", "yang" }, { "勇", "yong" }, { "艳", "yan" },
    { "杰", "jie" },   { "娟", "juan" }, { "涛", "tao" },  { "明", "ming" }, { "超", "chao" }, { "秀", "xiu" },
    { "霞", "xia" },   { "平", "ping" }, { "刚", "gang" }, { "桂", "gui" },  { "英", "ying" }, { "华", "hua" },
    { "玉", "yu" },    { "兰", "lan" },  { "婷", "ting" }, { "鹏", "peng" }, { "辉", "hui" },  { "宇", "yu" },
    { "浩", "hao" },   { "欣", "xin" },  { "佳", "jia" },  { "怡", "yi" },   { "晨", "chen" }, { "思", "si" },
    { "雨", "yu" },    { "子", "zi" },   { "梓", "zi" },   { "轩", "xuan" }, { "涵", "han" },  { "博", "bo" },
    { "文", "wen" },   { "嘉", "jia" },  { "俊", "jun" },  { "慧", "hui" },  { "琳", "lin" },  { "雪", "xue" },
    { "晓", "xiao" },  { "建", "jian" }, { "国", "guo" },  { "志", "zhi" },  { "海", "hai" },  { "亮", "liang" },
    { "红", "hong" },  { "梅", "mei" },  { "丹", "dan" },  { "萍", "ping" }, { "颖", "ying" }, { "倩", "qian" },
    { "然", "ran" },   { "凯", "kai" },  { "瑶", "yao" },  { "诗", "shi" },  { "泽", "ze" },   { "昊", "hao" },
    { "天", "tian" },  { "一", "yi" },   { "心", "xin" },  { "安", "an" },   { "若", "ruo" },  { "可", "ke" },
    { "悦", "yue" },   { "楠", "nan" },
};

const char* const kEnglishFirst[] = { "Emily",  "David",  "Michael", "Sarah", "Kevin", "Jessica", "Daniel", "Linda",
                                      "Jason",  "Grace",  "Eric",    "Amy",   "Tony",  "Cindy",   "Peter",  "Helen",
                                      "Andrew", "Vivian", "Frank",   "Irene", "Leo",   "Sophia",  "Ryan",   "Olivia" };

const char* const kEnglishLast[] = { "Chen", "Wang", "Li",   "Zhang", "Liu", "Lin", "Huang", "Wu",
                                     "Zhou", "Xu",   "Zhao", "Ho",    "Lee", "Tan", "Wong",  "Ng" };

// The first mobile digit after "1" is 3-9 on Chinese networks.
// Digits go into a small buffer, one QString at the end: the sandbox makes thousands of these while the window starts.
QString randomMobile(std::mt19937& rng)
{
    char mobile[11];
    mobile[0] = '1';
    mobile[1] = char('0' + 3 + rng() % 7);
    for (int i = 2; i < 11; ++i)
        mobile[i] = char('0' + rng() % 10);
    return QString::fromLatin1(mobile, 11);
}

QString digits(std::mt19937& rng, int count)
{
    QString out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = QLatin1Char(char('0' + rng() % 10));
    return out;
}

// Appends people up to `count`, with names and userids in DingTalk's styles; `rng` decides everything.
void generatePeople(std::mt19937& rng, int count, QList<EmulatedEmployee>& people)
{
    QSet<QString> ids;
    QSet<QString> mobiles;
    for (const EmulatedEmployee& person : std::as_const(people)) {
        ids.insert(person.userid);
        mobiles.insert(person.mobile);
    }
    auto add = [&](const QString& userid, const QString& name) {
        QString mobile;
        do {
            mobile = randomMobile(rng);
        } while (mobiles.contains(mobile));
        mobiles.insert(mobile);
        ids.insert(userid);
        EmulatedEmployee person;
        person.userid = userid;
        person.name = name;
        person.mobile = mobile;
        people.append(person);
    };

    constexpr int surnameCount = int(sizeof(kSurnames) / sizeof(kSurnames[0]));
    constexpr int givenCount = int(sizeof(kGiven) / sizeof(kGiven[0]));
    constexpr int firstCount = int(sizeof(kEnglishFirst) / sizeof(kEnglishFirst[0]));
    constexpr int lastCount = int(sizeof(kEnglishLast) / sizeof(kEnglishLast[0]));

    while (people.size() < count) {
        QString name;
        QString pinyin;
        if (rng() % 10 == 0) {
            const char* first = kEnglishFirst[rng() % firstCount];
            const char* last = kEnglishLast[rng() % lastCount];
            name = QString::fromUtf8(first) + QLatin1Char(' ') + QString::fromUtf8(last);
            pinyin = QString::fromUtf8(first).toLower() + QString::fromUtf8(last).toLower();
        } else {
            const Syllable& surname = kSurnames[rng() % surnameCount];
            name = QString::fromUtf8(surname.hanzi);
            pinyin = QString::fromUtf8(surname.pinyin);
            const int givenLength = rng() % 3 == 0 ? 1 : 2;
            for (int i = 0; i < givenLength; ++i) {
                const Syllable& given = kGiven[rng() % givenCount];
                name += QString::fromUtf8(given.hanzi);
                pinyin += QString::fromUtf8(given.pinyin);
            }
        }

        // DingTalk userids come as pinyin plus digits, long numeric strings, or admin-made ids like manager4220.
        QString userid;
        const unsigned style = rng() % 20;
        if (style < 13)
            userid = pinyin + digits(rng, 4);
        else if (style < 19)
            userid = QString::number(1 + rng() % 9) + digits(rng, 15);
        else
            userid = QStringLiteral("manager") + digits(rng, 4);
        if (ids.contains(userid))
            continue;
        add(userid, name);
    }
}

const char* const kTitles[] = { "专员", "主管", "经理", "工程师", "高级工程师", "助理", "顾问", "实习生" };

// Job numbers, titles and departments, from a generator of their own so that the people themselves (names, userids,
// mobiles) stay those of earlier versions. Every 25th person has no job number, as in real organisations where
// interns and contractors get none; every 40th belongs to a second department; every 97th has not activated DingTalk.
void placePeople(QList<EmulatedEmployee>& people, const QList<qint64>& departmentIds, quint32 seed, int firstPlaced)
{
    std::mt19937 rng(seed);
    constexpr int titleCount = int(sizeof(kTitles) / sizeof(kTitles[0]));
    for (qsizetype i = 0; i < people.size(); ++i) {
        EmulatedEmployee& person = people[i];
        person.jobNumber = i % 25 == 24 ? QString() : QString::number(10001 + i);
        if (i < firstPlaced)
            continue;
        person.title = QString::fromUtf8(kTitles[rng() % titleCount]);
        const qint64 department = departmentIds.at(qsizetype(rng() % departmentIds.size()));
        person.departmentIds = { department };
        if (i % 40 == 39 && departmentIds.size() > 1) {
            qint64 second = department;
            while (second == department)
                second = departmentIds.at(qsizetype(rng() % departmentIds.size()));
            person.departmentIds.append(second);
        }
        person.activated = i % 97 != 96;
    }
}

// The demo's tree: four levels below the organisation, and 华东区 twice (销售部/华东区 and 市场部/华东区).
struct DepartmentRow
{
    qint64 id;
    const char* name;
    qint64 parentId;
};
const DepartmentRow kDemoDepartments[] = {
    { 1, "沙盒科技有限公司", 0 }, { 2, "总经办", 1 },    { 3, "人力资源部", 1 }, { 31, "招聘组", 3 },
    { 32, "薪酬组", 3 },          { 4, "财务部", 1 },    { 5, "销售部", 1 },     { 51, "华东区", 5 },
    { 511, "上海组", 51 },        { 512, "杭州组", 51 }, { 52, "华南区", 5 },    { 521, "广州组", 52 },
    { 522, "深圳组", 52 },        { 53, "华北区", 5 },   { 6, "市场部", 1 },     { 61, "华东区", 6 },
    { 62, "品牌组", 6 },          { 7, "研发部", 1 },    { 71, "前端组", 7 },    { 72, "后端组", 7 },
    { 73, "测试组", 7 },          { 74, "移动端组", 7 }, { 8, "客服部", 1 },     { 81, "一线客服", 8 },
    { 82, "二线客服", 8 },        { 9, "行政部", 1 },    { 10, "法务部", 1 },
};

QList<EmulatedDepartment> demoDepartments()
{
    QList<EmulatedDepartment> departments;
    for (const DepartmentRow& row : kDemoDepartments)
        departments.append(EmulatedDepartment{ row.id, QString::fromUtf8(row.name), row.parentId });
    return departments;
}

QList<qint64> idsBelowRoot(const QList<EmulatedDepartment>& departments)
{
    QList<qint64> ids;
    for (const EmulatedDepartment& department : departments) {
        if (department.id != 1)
            ids.append(department.id);
    }
    return ids;
}

QList<EmulatedEmployee> generateDemo()
{
    // std::mt19937's output is fixed by the standard (distributions are not), so the org is the same everywhere.
    std::mt19937 rng(4220u);
    QList<EmulatedEmployee> people;
    // The ids of DingTalk's own chat/create example, so requests copied from the documentation work.
    const auto fixed = [&people, &rng](const char* userid, const char* name, const char* title, qint64 department) {
        EmulatedEmployee person;
        person.userid = QString::fromUtf8(userid);
        person.name = QString::fromUtf8(name);
        person.mobile = randomMobile(rng);
        person.title = QString::fromUtf8(title);
        person.departmentIds = { department };
        people.append(person);
    };
    fixed("manager4220", "王建国", "总经理", 2);
    fixed("userid1", "张三", "销售经理", 511);
    fixed("userid2", "李四", "工程师", 72);
    generatePeople(rng, DemoOrganisation::EmployeeCount, people);

    // A few dozen have left the company; never the documentation ids (which examples rely on) nor the namesakes.
    for (int left = 0; left < 36;) {
        EmulatedEmployee& person = people[5 + qsizetype(rng() % (people.size() - 5))];
        if (!person.active)
            continue;
        person.active = false;
        ++left;
    }
    placePeople(people, idsBelowRoot(demoDepartments()), 14u, 3);
    // Two people of the same name in different departments, for everything that must tell namesakes apart.
    for (const int i : { 3, 4 })
        people[i].name = DemoOrganisation::namesakeName();
    people[3].departmentIds = { 51 };
    people[3].title = QStringLiteral("销售代表");
    people[4].departmentIds = { 71 };
    people[4].title = QStringLiteral("工程师");
    return people;
}

} // namespace

const QList<EmulatedEmployee>& DemoOrganisation::employees()
{
    static const QList<EmulatedEmployee> people = generateDemo();
    return people;
}

const QList<EmulatedDepartment>& DemoOrganisation::departments()
{
    static const QList<EmulatedDepartment> departments = demoDepartments();
    return departments;
}

QStringList DemoOrganisation::namesakes()
{
    return { employees().at(3).userid, employees().at(4).userid };
}

EmulatedOrganisation DemoOrganisation::generated(int peopleCount, int departmentCount)
{
    EmulatedOrganisation organisation;
    organisation.departments.append(EmulatedDepartment{ 1, QStringLiteral("沙盒集团"), 0 });
    // Ten divisions under the root, then three sub-departments under each department in turn: five levels for 300.
    static const char* const kWords[]
        = { "研发", "销售", "市场", "财务", "人力", "客服", "运营", "法务", "采购", "物流" };
    for (int i = 0; i < qMax(1, departmentCount); ++i) {
        const qint64 parent = i < 10 ? 1 : 2 + (i - 10) / 3;
        organisation.departments.append(
            EmulatedDepartment{ 2 + i, QString::fromUtf8(kWords[i % 10]) + QStringLiteral("%1部").arg(i + 1), parent });
    }
    std::mt19937 rng(1u);
    generatePeople(rng, peopleCount, organisation.employees);
    placePeople(organisation.employees, idsBelowRoot(organisation.departments), 2u, 0);
    return organisation;
}
