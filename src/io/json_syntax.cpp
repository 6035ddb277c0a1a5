#include "io/json_syntax.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace bashu {

namespace {
// Accepts every event: only the syntax is checked, no document is built (any depth, any size).
struct SyntaxOnly : nlohmann::json_sax<nlohmann::json> {
    std::string error;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error = e.what();
        return false;
    }
};
}  // namespace

std::optional<std::string> jsonSyntaxError(const std::string& path, size_t maxBytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > maxBytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    SyntaxOnly handler;
    if (nlohmann::json::sax_parse(text, &handler)) return std::nullopt;
    // "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error while
    // parsing object - unexpected end of input; expected '}'": the position and the reason.
    std::string message = handler.error;
    if (const size_t at = message.find("at line "); at != std::string::npos) message = message.substr(at + 3);
    return message;
}

}  // namespace bashu
