#include "core/style_registry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace bashu {
namespace {

TEST(ClassMethods, ParseNamesAliasesAndAnyCase) {
    EXPECT_EQ(parseClassMethod("quantile"), ClassMethod::Quantile);
    EXPECT_EQ(parseClassMethod("equal"), ClassMethod::EqualInterval);
    EXPECT_EQ(parseClassMethod("jenks"), ClassMethod::NaturalBreaks);
    EXPECT_EQ(parseClassMethod("natural"), ClassMethod::NaturalBreaks);
    EXPECT_EQ(parseClassMethod("Jenks"), ClassMethod::NaturalBreaks);
    EXPECT_EQ(parseClassMethod("stddev"), ClassMethod::StandardDeviation);
    EXPECT_EQ(parseClassMethod("pretty"), ClassMethod::Pretty);
    EXPECT_EQ(parseClassMethod("percentile"), ClassMethod::Percentile);
    EXPECT_EQ(parseClassMethod("boxmap"), ClassMethod::BoxMap);
    EXPECT_EQ(parseClassMethod("BoxMap3"), ClassMethod::BoxMap3);
    EXPECT_EQ(parseClassMethod("Categories"), ClassMethod::Categories);
    EXPECT_FALSE(parseClassMethod("").has_value());
    EXPECT_FALSE(parseClassMethod("quantiles").has_value());
    EXPECT_FALSE(parseClassMethod("boxmap1.5").has_value());
    for (const ClassMethodInfo& info : classMethods()) {
        EXPECT_EQ(parseClassMethod(info.name), info.method);
        EXPECT_EQ(classMethodName(info.method), info.name);
        EXPECT_FALSE(info.label.empty());
        EXPECT_FALSE(info.description.empty());
    }
}

TEST(ClassMethods, NamesListEveryMethodOnce) {
    EXPECT_EQ(classMethodNames(),
              "quantile, equal, jenks, pretty, stddev, percentile, boxmap, boxmap3, categories");
    std::set<ClassMethod> methods;
    for (const ClassMethodInfo& info : classMethods()) methods.insert(info.method);
    EXPECT_EQ(methods.size(), classMethods().size());
    EXPECT_EQ(methods.size(), size_t(ClassMethod::Categories) + 1);
}

TEST(Ramps, ParseNamesInAnyCaseAndRoundTrip) {
    EXPECT_EQ(parseRamp("YlOrRd"), Ramp::YlOrRd);
    EXPECT_EQ(parseRamp("ylorrd"), Ramp::YlOrRd);
    EXPECT_EQ(parseRamp("Viridis"), Ramp::Viridis);
    EXPECT_EQ(parseRamp("set3"), Ramp::Set3);
    EXPECT_FALSE(parseRamp("Rainbow").has_value());
    EXPECT_FALSE(parseRamp("YlOrRd ").has_value());
    std::set<Ramp> ramps;
    for (const RampInfo& info : colorRamps()) {
        EXPECT_EQ(parseRamp(info.name), info.ramp);
        EXPECT_EQ(rampName(info.ramp), info.name);
        EXPECT_FALSE(info.description.empty());
        ramps.insert(info.ramp);
    }
    EXPECT_EQ(ramps.size(), colorRamps().size());
    EXPECT_EQ(ramps.size(), size_t(Ramp::Set3) + 1);
    EXPECT_EQ(rampInfo(Ramp::RdBu).kind, RampKind::Diverging);
    EXPECT_EQ(rampInfo(Ramp::Paired).kind, RampKind::Qualitative);
    EXPECT_EQ(rampInfo(Ramp::Magma).kind, RampKind::Sequential);
}

TEST(NearestName, SuggestsOnlySlips) {
    const std::vector<std::string_view> names = {"jenks", "equal", "quantile"};
    EXPECT_EQ(nearestName("jenk", names), "jenks");
    EXPECT_EQ(nearestName("JENKZ", names), "jenks");
    EXPECT_EQ(nearestName("qantile", names), "quantile");
    EXPECT_EQ(nearestName("eqaul", names), "equal");
    EXPECT_EQ(nearestName("kmeans", names), "");
    EXPECT_EQ(nearestName("", names), "");
    // A name cut short is the one name it begins; one that begins two is no suggestion.
    EXPECT_EQ(nearestName("quan", names), "quantile");
    const std::vector<std::string_view> ramps = {"Blues", "BuGn", "BuPu", "Greens"};
    EXPECT_EQ(nearestName("blu", ramps), "Blues");
    EXPECT_EQ(nearestName("Bu", ramps), "");
    EXPECT_EQ(nearestName("G", ramps), "") << "one letter is too little to go on";
}

TEST(UnknownNames, MessagesSuggestTheNearestOrListThemAll) {
    EXPECT_EQ(unknownMethodMessage("jenk"), "unknown method 'jenk' (did you mean 'jenks'?)");
    EXPECT_EQ(unknownMethodMessage("natrual"), "unknown method 'natrual' (did you mean 'natural'?)");
    EXPECT_EQ(unknownMethodMessage("kmeans"), "unknown method 'kmeans' (" + classMethodNames() + ")");
    EXPECT_EQ(unknownRampMessage("Blue"), "unknown ramp 'Blue' (did you mean 'Blues'?)");
    EXPECT_EQ(unknownRampMessage("Rainbow"), "unknown ramp 'Rainbow' (" + rampNames() + ")");
}

// The README's table of classification methods lists exactly the registry's names (and aliases),
// so the two cannot drift apart.
TEST(ClassMethods, TheReadmeTableListsExactlyTheRegistrysMethods) {
    std::ifstream in(BASHU_README);
    ASSERT_TRUE(in) << BASHU_README;
    std::string line;
    bool inSection = false;
    std::multiset<std::string> listed;
    while (std::getline(in, line)) {
        if (line.rfind("### ", 0) == 0) inSection = line == "### Classification methods";
        if (!inSection || line.rfind("| `", 0) != 0) continue;
        // The first cell: every `name` in it.
        const std::string cell = line.substr(1, line.find('|', 1) - 1);
        for (size_t open = cell.find('`'); open != std::string::npos; open = cell.find('`', open)) {
            const size_t close = cell.find('`', open + 1);
            ASSERT_NE(close, std::string::npos) << line;
            listed.insert(cell.substr(open + 1, close - open - 1));
            open = close + 1;
        }
    }
    std::multiset<std::string> expected;
    for (const ClassMethodInfo& info : classMethods()) {
        expected.insert(std::string(info.name));
        if (!info.alias.empty()) expected.insert(std::string(info.alias));
    }
    EXPECT_EQ(listed, expected);
}

}  // namespace
}  // namespace bashu
