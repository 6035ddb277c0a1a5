#include "tables/unit_names.h"

#include <algorithm>
#include <vector>

#include "core/edit_distance.h"
#include "core/utf8.h"
#include "tables/cell_text.h"

namespace bashu {

namespace {

// The peoples autonomous units are named after, as 自治州/自治县 names write them before "族".
constexpr std::string_view kPeoples[] = {
    "藏",     "羌",   "彝",       "土家", "苗",       "回",     "蒙古",   "满",     "壮",     "布依", "侗",
    "瑶",     "白",   "哈尼",     "傣",   "黎",       "傈僳",   "佤",     "畲",     "拉祜",   "水",   "东乡",
    "纳西",   "景颇", "柯尔克孜", "土",   "达斡尔",   "仫佬",   "布朗",   "撒拉",   "毛南",   "仡佬", "锡伯",
    "阿昌",   "普米", "塔吉克",   "怒",   "乌孜别克", "俄罗斯", "鄂温克", "德昂",   "保安",   "裕固", "京",
    "塔塔尔", "独龙", "鄂伦春",   "赫哲", "门巴",     "珞巴",   "基诺",   "哈萨克", "维吾尔", "朝鲜"};

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool hasCjk(std::string_view text) {
    for (size_t pos = 0; pos < text.size();)
        if (nextCodePoint(text, pos) >= 0x3400) return true;
    return false;
}

UnitName chineseName(std::string text) {
    std::erase_if(text, [](char c) { return c == ' '; });
    for (std::string_view lead : {"#", "*"})
        if (text.rfind(lead, 0) == 0) text.erase(0, lead.size());
    // Autonomous units: the suffix, then the peoples before it ("藏族羌族").
    for (auto [suffix, kind] :
         {std::pair<std::string_view, char>{"自治州", 'p'}, {"自治县", 'x'}, {"自治旗", 'b'}}) {
        if (!endsWith(text, suffix) || text.size() == suffix.size()) continue;
        std::string_view base(text.data(), text.size() - suffix.size());
        for (bool stripped = true; stripped;) {
            stripped = false;
            if (!endsWith(base, "族")) break;
            const std::string_view beforeZu = base.substr(0, base.size() - std::string_view("族").size());
            for (std::string_view people : kPeoples)
                if (endsWith(beforeZu, people) && beforeZu.size() > people.size()) {
                    base = beforeZu.substr(0, beforeZu.size() - people.size());
                    stripped = true;
                    break;
                }
        }
        return {std::string(base), kind};
    }
    for (auto [suffix, kind] : {std::pair<std::string_view, char>{"特区", 'd'},
                                {"新区", 'd'},
                                {"林区", 'd'},
                                {"市", 'c'},
                                {"区", 'd'},
                                {"县", 'x'},
                                {"州", 'p'},
                                {"旗", 'b'},
                                {"盟", 'b'}}) {
        if (!endsWith(text, suffix)) continue;
        const std::string base = text.substr(0, text.size() - suffix.size());
        if (codePointCount(base) < 2) break;  // 万州, 泸县, 开县: the suffix is part of the name
        return {base, kind};
    }
    return {text, 0};
}

// Tone-marked and other Latin letters Pinyin uses, as plain letters.
char plainLetter(char32_t c) {
    static constexpr std::pair<std::u32string_view, char> kLetters[] = {
        {U"āáǎàÀÁÂÃÄÅàáâãäå", 'a'}, {U"ēéěèÈÉÊËèéêë", 'e'},      {U"īíǐìÌÍÎÏìíîï", 'i'},
        {U"ōóǒòÒÓÔÕÖòóôõö", 'o'},   {U"ūúǔùǖǘǚǜüÙÚÛÜùúûü", 'u'}, {U"ńňǹ", 'n'}};
    for (const auto& [letters, plain] : kLetters)
        if (letters.find(c) != std::u32string_view::npos) return plain;
    return 0;
}

bool isSuffixWord(std::string_view word) {
    static constexpr std::string_view kWords[] = {
        "district", "dist",       "cty",        "pref",      "qu",        "county", "xian", "city",
        "shi",      "prefecture", "autonomous", "zizhixian", "zizhizhou", "zizhi",  "and",  "new",
        "area",     "zone",       "league",     "banner",    "tibetan",   "qiang",  "yi",   "tujia",
        "miao",     "hui",        "zang",       "mongol",    "mongolian", "naxi",   "lisu", "bai",
        "dai",      "zhuang",     "dong",       "yao",       "buyei"};
    for (std::string_view w : kWords)
        if (word == w) return true;
    // Pinyin of a people: "zangzu", "tujiazu".
    return word.size() > 3 && endsWith(word, "zu");
}

char kindOfWord(std::string_view word) {
    if (word == "district" || word == "dist" || word == "qu") return 'd';
    if (word == "county" || word == "cty" || word == "xian" || word == "zizhixian") return 'x';
    if (word == "city" || word == "shi") return 'c';
    if (word == "prefecture" || word == "pref" || word == "zizhizhou") return 'p';
    if (word == "banner" || word == "league") return 'b';
    return 0;
}

UnitName latinName(std::string_view text) {
    std::vector<std::string> words(1);
    for (size_t pos = 0; pos < text.size();) {
        const char32_t c = nextCodePoint(text, pos);
        char letter = 0;
        if (c < 0x80)
            letter = static_cast<char>(c);
        else
            letter = plainLetter(c);
        if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
        if ((letter >= 'a' && letter <= 'z') || (letter >= '0' && letter <= '9'))
            words.back() += letter;
        else if (letter == '\'' || c == U'\u2019' || c == U'`')
            continue;  // Xi'an is one word
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    UnitName name;
    while (words.size() > 1 && isSuffixWord(words.back())) {
        if (!name.kind) name.kind = kindOfWord(words.back());
        words.pop_back();
    }
    for (const std::string& word : words) name.base += word;
    return name;
}

}  // namespace

UnitName unitName(std::string_view name) {
    const std::string text = cleanCellText(halfWidth(name));
    if (hasCjk(text)) return chineseName(text);
    return latinName(text);
}

bool sameUnit(const UnitName& a, const UnitName& b) {
    return a.base == b.base && !a.base.empty() && (a.kind == 0 || b.kind == 0 || a.kind == b.kind);
}

std::string codeKey(std::string_view text) {
    std::string digits = halfWidth(text);
    while (!digits.empty() && digits.back() == ' ') digits.pop_back();
    while (!digits.empty() && digits.front() == ' ') digits.erase(0, 1);
    // A code read as a number may come as "500101.0".
    if (digits.size() > 2 && digits.substr(digits.size() - 2) == ".0") digits.resize(digits.size() - 2);
    if (!(digits.size() == 6 || digits.size() == 9 || digits.size() == 12)) return "";
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return "";
    return digits.substr(0, 6);
}

}  // namespace bashu
