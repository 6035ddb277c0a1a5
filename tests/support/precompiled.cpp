// The one source of bashu_test_pch (tests/CMakeLists.txt), the target that makes the precompiled
// header every test program includes; CMake needs a source to make it with.
