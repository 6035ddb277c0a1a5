#include "core/json_syntax.h"

#include <algorithm>
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
    bool start_object(std::size_t) override { return enter(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return leave(); }
    bool enter() {
        maxDepth = std::max(maxDepth, ++depth);
        return true;
    }
    bool leave() {
        --depth;
        return true;
    }
    size_t depth = 0, maxDepth = 0;
    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& e) override {
        if (e.id == kNumberOverflow) {
            overflowEnd = position;
            overflowToken = token;
        } else {
            error = e.what();
        }
        return false;
    }

    // nlohmann stops at a number too large for a double (1e999): valid JSON it cannot hold.
    static constexpr int kNumberOverflow = 406;
    size_t overflowEnd = 0;     // one past the number's last byte, when the parse stopped there
    std::string overflowToken;  // the number as written; empty when the parse stopped elsewhere
};
}  // namespace

namespace {
std::optional<std::string> readSmallFile(const std::string& path, size_t maxBytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > maxBytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
}  // namespace

std::optional<std::string> jsonSyntaxError(const std::string& path, size_t maxBytes) {
    const std::optional<std::string> text = readSmallFile(path, maxBytes);
    return text ? jsonTextSyntaxError(*text) : std::nullopt;
}

size_t jsonNestingDepth(const std::string& path, size_t maxBytes) {
    const std::optional<std::string> text = readSmallFile(path, maxBytes);
    if (!text) return 0;
    SyntaxOnly handler;
    nlohmann::json::sax_parse(text->begin(), text->end(), &handler);
    return handler.maxDepth;
}

std::optional<std::string> jsonTextSyntaxError(std::string_view text) {
    std::string patched;  // the text with huge numbers written as 0, made only when there are any
    SyntaxOnly handler;
    while (!nlohmann::json::sax_parse(text.begin(), text.end(), &handler)) {
        if (handler.overflowToken.empty()) break;
        // Write the number as "0" padded to the same length, so the check goes on past it and
        // every later line and column stays where it was. A number token is ASCII, so the
        // token nlohmann quotes is the bytes the text holds.
        const std::string& token = handler.overflowToken;
        if (handler.overflowEnd < token.size() || handler.overflowEnd > text.size() ||
            text.substr(handler.overflowEnd - token.size(), token.size()) != token)
            return std::nullopt;  // not where it should be: no position to report
        if (patched.empty()) {
            patched.assign(text);
            text = patched;
        }
        patched.replace(handler.overflowEnd - token.size(), token.size(),
                        "0" + std::string(token.size() - 1, ' '));
        handler = SyntaxOnly();
    }
    if (handler.error.empty()) return std::nullopt;
    // "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error while
    // parsing object - unexpected end of input; expected '}'": the position and the reason.
    std::string message = handler.error;
    if (const size_t at = message.find("at line "); at != std::string::npos) message = message.substr(at + 3);
    return message;
}

}  // namespace bashu
