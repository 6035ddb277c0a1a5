#include <gtest/gtest.h>

#include "io/vector_reader.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

// "锦江区" in GBK (the bytes a Chinese office's CSV holds) and in UTF-8.
const std::string kJinjiangGbk = "\xBD\xF5\xBD\xAD\xC7\xF8";
const std::string kJinjiangUtf8 = "锦江区";

TEST(VectorReaderGbk, AGbkCsvTableReadsAsChinese) {
    testing::TempFolder dir{"bashu-gbk-csv"};
    const std::string path = dir.write("gdp.csv", "adcode,name\n510104," + kJinjiangGbk + "\n");
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    const Column* names = file->layers[0].attributes.find("name");
    ASSERT_NE(names, nullptr);
    EXPECT_EQ(names->strings[0], kJinjiangUtf8);
    EXPECT_EQ(file->layers[0].report.textEncoding, "GB18030/GBK (detected: the text is not UTF-8)");
}

}  // namespace
}  // namespace bashu
