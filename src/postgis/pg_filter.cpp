#include "postgis/pg_filter.h"

#include <cctype>
#include <optional>

#include "core/ascii_case.h"

namespace bashu {

namespace {

class FilterParser {
public:
    FilterParser(const std::string& text, const PgRelation& relation, int first, PgParams& params)
        : text_(text), relation_(relation), next_(first), params_(params) {}

    Result<std::string> parse() {
        std::string sql;
        skipSpace();
        if (at_ == text_.size()) return std::string("TRUE");
        while (true) {
            Result<std::string> condition = parseCondition();
            if (!condition) return condition;
            sql += (sql.empty() ? "(" : " AND (") + *condition + ")";
            skipSpace();
            if (at_ == text_.size()) return sql;
            if (!keyword("AND")) return fail("expected AND or the end");
        }
    }

private:
    Error fail(const std::string& what) const {
        return Error{"filter \"" + text_ + "\": " + what + " at character " + std::to_string(at_ + 1) +
                     " (a PostGIS layer's filter is conditions on columns joined by AND: column = 'text', "
                     "column >= 10, column IN ('a', 'b'), column IS NULL)"};
    }

    void skipSpace() {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
    }

    static bool wordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

    bool keyword(const char* word) {
        skipSpace();
        const std::string_view w(word);
        if (text_.size() - at_ < w.size() || asciiLower(text_.substr(at_, w.size())) != asciiLower(w))
            return false;
        if (at_ + w.size() < text_.size() && wordChar(text_[at_ + w.size()])) return false;
        at_ += w.size();
        return true;
    }

    // Text between `quote`s starting here, a doubled quote standing for one (SQL's rule for
    // "names" and 'strings'); none when it is not closed.
    std::optional<std::string> quoted(char quote) {
        std::string text;
        for (size_t i = at_ + 1; i < text_.size(); ++i) {
            if (text_[i] != quote) {
                text += text_[i];
            } else if (i + 1 < text_.size() && text_[i + 1] == quote) {
                text += quote;
                ++i;
            } else {
                at_ = i + 1;
                return text;
            }
        }
        return std::nullopt;
    }

    std::optional<std::string> identifier() {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == '"') return quoted('"');
        const size_t start = at_;
        while (at_ < text_.size() && (wordChar(text_[at_]) || static_cast<unsigned char>(text_[at_]) >= 0x80))
            ++at_;
        if (at_ == start || std::isdigit(static_cast<unsigned char>(text_[start]))) {
            at_ = start;
            return std::nullopt;
        }
        return text_.substr(start, at_ - start);
    }

    // A literal, bound as a parameter: its placeholder.
    std::optional<std::string> value() {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == '\'') {
            std::optional<std::string> text = quoted('\'');
            if (!text) return std::nullopt;
            return bind(std::move(*text));
        }
        const size_t start = at_;
        if (at_ < text_.size() && (text_[at_] == '-' || text_[at_] == '+')) ++at_;
        while (at_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[at_])) ||
                                      text_[at_] == '.' || text_[at_] == 'e' || text_[at_] == 'E' ||
                                      ((text_[at_] == '-' || text_[at_] == '+') &&
                                       (text_[at_ - 1] == 'e' || text_[at_ - 1] == 'E'))))
            ++at_;
        const std::string number = text_.substr(start, at_ - start);
        char* end = nullptr;
        if (number.empty() || (std::strtod(number.c_str(), &end), end != number.c_str() + number.size())) {
            at_ = start;
            return std::nullopt;
        }
        return bind(number);
    }

    std::string bind(std::string v) {
        params_.push_back(std::move(v));
        return "$" + std::to_string(next_++);
    }

    Result<std::string> parseCondition() {
        const size_t start = at_;
        std::optional<std::string> name = identifier();
        if (!name) return fail("expected a column name");
        if (!relation_.field(*name)) {
            at_ = start;
            return fail("no column '" + *name + "' in " + relation_.label);
        }
        const std::string column = quoteIdentifier(*name);
        if (keyword("IS")) {
            const bool negated = keyword("NOT");
            if (!keyword("NULL")) return fail("expected NULL");
            return column + (negated ? " IS NOT NULL" : " IS NULL");
        }
        if (keyword("IN")) {
            skipSpace();
            if (at_ == text_.size() || text_[at_] != '(') return fail("expected ( after IN");
            ++at_;
            std::string list;
            while (true) {
                std::optional<std::string> v = value();
                if (!v) return fail("expected a value");
                list += (list.empty() ? "" : ", ") + *v;
                skipSpace();
                if (at_ < text_.size() && text_[at_] == ',') {
                    ++at_;
                    continue;
                }
                if (at_ < text_.size() && text_[at_] == ')') {
                    ++at_;
                    break;
                }
                return fail("expected , or )");
            }
            return column + " IN (" + list + ")";
        }
        skipSpace();
        static constexpr std::string_view kOperators[] = {"<=", ">=", "<>", "!=", "=", "<", ">"};
        std::string op;
        for (std::string_view candidate : kOperators)
            if (text_.compare(at_, candidate.size(), candidate) == 0) {
                op = candidate == "!=" ? "<>" : std::string(candidate);
                at_ += candidate.size();
                break;
            }
        if (op.empty()) return fail("expected a comparison (= <> < <= > >=), IN or IS");
        std::optional<std::string> v = value();
        if (!v) return fail("expected a number or a 'string'");
        return column + " " + op + " " + *v;
    }

    const std::string& text_;
    const PgRelation& relation_;
    int next_;
    PgParams& params_;
    size_t at_ = 0;
};

}  // namespace

Result<std::string> pgFilterCondition(const std::string& filter, const PgRelation& relation, int first,
                                      PgParams& params) {
    return FilterParser(filter, relation, first, params).parse();
}

}  // namespace bashu
