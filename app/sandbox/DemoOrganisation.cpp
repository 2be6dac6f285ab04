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
QString randomMobile(std::mt19937& rng)
{
    QString mobile = QStringLiteral("1") + QString::number(3 + rng() % 7);
    for (int i = 0; i < 9; ++i)
        mobile += QString::number(rng() % 10);
    return mobile;
}

QString digits(std::mt19937& rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QString::number(rng() % 10);
    return out;
}

QList<EmulatedEmployee> generate()
{
    // std::mt19937's output is fixed by the standard (distributions are not), so the org is the same everywhere.
    std::mt19937 rng(4220u);
    QList<EmulatedEmployee> people;
    QSet<QString> ids;
    QSet<QString> mobiles;

    auto add = [&](const QString& userid, const QString& name) {
        QString mobile;
        do {
            mobile = randomMobile(rng);
        } while (mobiles.contains(mobile));
        mobiles.insert(mobile);
        ids.insert(userid);
        people.append(EmulatedEmployee{ userid, name, mobile, true });
    };

    // The ids of DingTalk's own chat/create example, so requests copied from the documentation work.
    add(QStringLiteral("manager4220"), QStringLiteral("王建国"));
    add(QStringLiteral("userid1"), QStringLiteral("张三"));
    add(QStringLiteral("userid2"), QStringLiteral("李四"));

    constexpr int surnameCount = int(sizeof(kSurnames) / sizeof(kSurnames[0]));
    constexpr int givenCount = int(sizeof(kGiven) / sizeof(kGiven[0]));
    constexpr int firstCount = int(sizeof(kEnglishFirst) / sizeof(kEnglishFirst[0]));
    constexpr int lastCount = int(sizeof(kEnglishLast) / sizeof(kEnglishLast[0]));

    while (people.size() < DemoOrganisation::EmployeeCount) {
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

    // A few dozen have left the company; never the documentation ids, which examples rely on.
    for (int left = 0; left < 36;) {
        EmulatedEmployee& person = people[3 + qsizetype(rng() % (people.size() - 3))];
        if (!person.active)
            continue;
        person.active = false;
        ++left;
    }
    return people;
}

} // namespace

const QList<EmulatedEmployee>& DemoOrganisation::employees()
{
    static const QList<EmulatedEmployee> people = generate();
    return people;
}
