#include "core/atomic_write.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace bashu {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class AtomicWrite : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("bashu-atomic-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    size_t fileCount() const {
        return size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
    }
    fs::path dir;
};

TEST_F(AtomicWrite, ReplacesTheFileWhole) {
    const fs::path target = dir / "map.json";
    ASSERT_TRUE(writeTextFileAtomically(target.string(), "old").ok());
    ASSERT_TRUE(writeTextFileAtomically(target.string(), "new contents").ok());
    EXPECT_EQ(readAll(target), "new contents");
    EXPECT_EQ(fileCount(), 1u) << "no temporary file is left behind";
}

TEST_F(AtomicWrite, AFailedWriteLeavesTheOldFileUntouched) {
    const fs::path target = dir / "map.png";
    ASSERT_TRUE(writeTextFileAtomically(target.string(), "precious").ok());
    Status failed = writeFileAtomically(target.string(), [](const std::string& temp) -> Status {
        std::ofstream(temp) << "half a fi";
        return Error{"disk full"};
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(readAll(target), "precious");
    EXPECT_EQ(fileCount(), 1u);
}

TEST_F(AtomicWrite, AMissingFolderIsNamed) {
    Status s = writeTextFileAtomically((dir / "nowhere" / "x.json").string(), "x");
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace bashu
