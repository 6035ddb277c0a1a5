#include "core/json_layout.h"

#include <vector>

namespace bashu {

namespace {

using nlohmann::ordered_json;

std::string scalarText(const ordered_json& value) {
    return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// The value on one line, with a space after each comma and colon as people write it.
std::string oneLineText(const ordered_json& value) {
    if (!value.is_structured() || value.empty()) return scalarText(value);
    std::string text(1, value.is_object() ? '{' : '[');
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) text += ", ";
        first = false;
        if (value.is_object()) text += scalarText(ordered_json(it.key())) + ": ";
        text += oneLineText(it.value());
    }
    return text + (value.is_object() ? '}' : ']');
}

struct Layout {
    const std::map<JsonPlace, bool>& oneLine;
    size_t width;
    std::string out;

    // Writes `value` at `place`, its line already holding `used` characters, at `indent`.
    void write(const ordered_json& value, const JsonPlace& place, size_t indent, size_t used) {
        if (!value.is_structured() || value.empty()) {
            out += scalarText(value);
            return;
        }
        const std::string flat = oneLineText(value);
        const auto asBefore = oneLine.find(place);
        const bool fits = used + flat.size() + 1 <= width;  // + 1: the comma after it
        if (indent > 0 && (asBefore != oneLine.end() ? asBefore->second : fits)) {
            out += flat;
            return;
        }
        const std::string inner(indent + 2, ' ');
        out += value.is_object() ? "{\n" : "[\n";
        size_t index = 0;
        for (auto it = value.begin(); it != value.end(); ++it, ++index) {
            if (index > 0) out += ",\n";
            out += inner;
            std::string key;
            if (value.is_object()) key = scalarText(ordered_json(it.key())) + ": ";
            out += key;
            write(it.value(), placeOf(place, value.is_object() ? it.key() : std::to_string(index)),
                  indent + 2, inner.size() + key.size());
        }
        out += "\n" + std::string(indent, ' ') + (value.is_object() ? '}' : ']');
    }
};

// An object or list being scanned: its place, the line it opened on, and where its next value goes.
struct OpenContainer {
    JsonPlace place;
    bool object = false;
    size_t line = 0;
    size_t index = 0;  // lists: the next value's position
    std::string key;   // objects: the next value's key
    bool expectKey = true;
};

}  // namespace

JsonPlace placeOf(const JsonPlace& parent, const std::string& keyOrIndex) {
    return parent + keyOrIndex + "/";
}

std::map<JsonPlace, bool> containersOnOneLine(std::string_view text) {
    std::map<JsonPlace, bool> lines;
    // The parser ends the text at a NUL byte (as C strings end): the layout is read up to it, not
    // in what follows (where a quote would open a "key" that is not JSON).
    text = text.substr(0, text.find('\0'));
    if (ordered_json::parse(text, nullptr, false).is_discarded()) return lines;
    std::vector<OpenContainer> open;
    size_t line = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const size_t start = i;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            if (!open.empty() && open.back().object && open.back().expectKey) {
                open.back().key = ordered_json::parse(text.substr(start, i - start + 1)).get<std::string>();
                open.back().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            JsonPlace place;
            if (!open.empty())
                place = placeOf(open.back().place,
                                open.back().object ? open.back().key : std::to_string(open.back().index));
            OpenContainer container;
            container.place = place;
            container.object = c == '{';
            container.line = line;
            open.push_back(std::move(container));
        } else if ((c == '}' || c == ']') && !open.empty()) {
            lines[open.back().place] = open.back().line == line;
            open.pop_back();
        } else if (c == ',' && !open.empty()) {
            if (open.back().object)
                open.back().expectKey = true;
            else
                ++open.back().index;
        }
    }
    return lines;
}

std::string layoutJson(const ordered_json& value, const std::map<JsonPlace, bool>& oneLine, size_t width) {
    Layout layout{oneLine, width, {}};
    layout.write(value, "", 0, 0);
    return layout.out + "\n";
}

}  // namespace bashu
