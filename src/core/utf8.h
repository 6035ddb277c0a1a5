#pragma once
// UTF-8 text one code point at a time, with one answer for bytes that are not UTF-8.
#include <cstddef>
#include <string>
#include <string_view>

namespace bashu {

/// What broken UTF-8 decodes to.
inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

/// Length in bytes of the well-formed UTF-8 sequence starting at `pos` (1 to 4), or 0 when the
/// byte there starts none: a continuation byte, a lead byte never used (0xC0, 0xC1, 0xF5 to 0xFF),
/// a sequence cut short by the end or by a byte that is not a continuation, an overlong form, a
/// surrogate (U+D800 to U+DFFF) or a code point past U+10FFFF. 0 too when `pos` is at the end.
size_t utf8SequenceLength(std::string_view utf8, size_t pos);

/// Decodes the code point at `pos` and moves `pos` past it. A byte that starts no well-formed
/// sequence (utf8SequenceLength 0) gives U+FFFD and moves `pos` by that one byte only, so broken
/// text never stops a loop and the next character is still read. Never reads past the end; at
/// the end it gives U+FFFD and leaves `pos` as it is.
char32_t nextCodePoint(std::string_view utf8, size_t& pos);

/// True when all of `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

/// `text` with each byte that starts no well-formed sequence replaced by U+FFFD (what
/// nextCodePoint reads, written back as UTF-8); valid text comes back unchanged.
std::string replaceInvalidUtf8(std::string_view text);

/// Appends `code` to `out` in UTF-8 (one to four bytes; the caller passes a code point of at
/// most U+10FFFF).
void appendUtf8(std::string& out, char32_t code);

}  // namespace bashu
