#include "tables/unit_renames.h"

#include <array>

#include "tables/unit_names.h"

namespace bashu {

namespace {

// From the State Council's approvals as the Ministry of Civil Affairs lists them (行政区划变更).
// (遂宁's 市中区, now 船山区, is left out: 乐山 and 内江 still have one.) Only renames of one unit to one
// unit: a merge (双桥区 and 大足县 into 大足区) is not a rename, and the old unit's values are not the new
// one's.
constexpr std::array kRenames = {
    // Chongqing
    UnitRename{"长寿县", "长寿区", 2001},
    UnitRename{"江津市", "江津区", 2006},
    UnitRename{"合川市", "合川区", 2006},
    UnitRename{"永川市", "永川区", 2006},
    UnitRename{"南川市", "南川区", 2006},
    UnitRename{"璧山县", "璧山区", 2014},
    UnitRename{"铜梁县", "铜梁区", 2014},
    UnitRename{"潼南县", "潼南区", 2015},
    UnitRename{"荣昌县", "荣昌区", 2015},
    UnitRename{"梁平县", "梁平区", 2016},
    UnitRename{"武隆县", "武隆区", 2016},
    UnitRename{"开县", "开州区", 2016},
    // Sichuan
    UnitRename{"温江县", "温江区", 2002},
    UnitRename{"新都县", "新都区", 2001},
    UnitRename{"南溪县", "南溪区", 2011},
    UnitRename{"名山县", "名山区", 2012},
    UnitRename{"元坝区", "昭化区", 2013},
    UnitRename{"达县", "达川区", 2013},
    UnitRename{"彭山县", "彭山区", 2014},
    UnitRename{"双流县", "双流区", 2015},
    UnitRename{"康定县", "康定市", 2015},
    UnitRename{"马尔康县", "马尔康市", 2015},
    UnitRename{"郫县", "郫都区", 2016},
    UnitRename{"安县", "安州区", 2016},
    UnitRename{"隆昌县", "隆昌市", 2017},
    UnitRename{"罗江县", "罗江区", 2017},
    UnitRename{"宜宾县", "叙州区", 2018},
    UnitRename{"射洪县", "射洪市", 2019},
    UnitRename{"新津县", "新津区", 2020},
    UnitRename{"会理县", "会理市", 2021},
};

}  // namespace

std::span<const UnitRename> unitRenames() { return kRenames; }

std::string_view renamedTo(std::string_view name) {
    const UnitName typed = unitName(name);
    for (const UnitRename& rename : kRenames) {
        const UnitName before = unitName(rename.before);
        // The old name exactly, kind included: 梁平 alone could be the new 梁平区 as well.
        if (typed.base == before.base && typed.kind == before.kind) return rename.after;
    }
    return {};
}

}  // namespace bashu
