#include "spatial/weights_files.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <unordered_map>

#include "core/file_extension.h"

namespace bashu {

namespace {

std::string header(size_t n, std::string_view layer, std::string_view key) {
    std::string line = "0 " + std::to_string(n);
    if (!layer.empty() && !key.empty()) line += " " + std::string(layer) + " " + std::string(key);
    return line + "\n";
}

// The whitespace-separated words of one line.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

bool toSize(const std::string& word, size_t& value) {
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    return error == std::errc() && end == word.data() + word.size();
}

bool toDouble(const std::string& word, double& value) {
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    return error == std::errc() && end == word.data() + word.size() && std::isfinite(value);
}

}  // namespace

std::string galText(const SpatialWeights& w, const std::vector<std::string>& ids, std::string_view layer,
                    std::string_view key) {
    std::string text = header(w.size(), layer, key);
    for (size_t i = 0; i < w.size(); ++i) {
        text += ids[i] + " " + std::to_string(w.neighbours[i].size()) + "\n";
        for (size_t k = 0; k < w.neighbours[i].size(); ++k) text += (k ? " " : "") + ids[w.neighbours[i][k]];
        text += "\n";
    }
    return text;
}

std::string gwtText(const SpatialWeights& w, const std::vector<std::string>& ids, std::string_view layer,
                    std::string_view key) {
    std::string text = header(w.size(), layer, key);
    char number[32];
    for (size_t i = 0; i < w.size(); ++i)
        for (size_t k = 0; k < w.neighbours[i].size(); ++k) {
            const auto end = std::to_chars(number, number + sizeof number, w.weights[i][k]).ptr;
            text += ids[i] + " " + ids[w.neighbours[i][k]] + " " + std::string(number, end) + "\n";
        }
    return text;
}

Result<SpatialWeights> readWeightsFile(std::string_view text, std::string_view fileName,
                                       const std::vector<std::string>& ids, std::string_view key) {
    const std::string name(fileName);
    const std::string extension = lowerExtension(name);
    const bool gwt = extension == ".gwt";
    if (!gwt && extension != ".gal") return Error{name + ": a weights file ends in .gal or .gwt"};
    std::unordered_map<std::string, uint32_t> unitOf;
    for (uint32_t i = 0; i < ids.size(); ++i) unitOf.emplace(ids[i], i);

    std::istringstream in{std::string(text)};
    std::string line;
    size_t lineNumber = 0;
    auto fail = [&](const std::string& what) {
        return Error{name + ":" + std::to_string(lineNumber) + ": " + what};
    };
    auto nextLine = [&]() {
        while (std::getline(in, line)) {
            ++lineNumber;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!words(line).empty()) return true;
        }
        return false;
    };
    if (!nextLine())
        return Error{name + ": empty; a weights file starts with a header such as \"0 49 layer KEY\""};
    // The header: "n" or "0 n [layer key]".
    const std::vector<std::string> head = words(line);
    size_t count = 0;
    if (!toSize(head.size() >= 2 && head[0] == "0" ? head[1] : head[0], count))
        return fail("the header \"" + line + "\" does not give the number of units");
    if (count != ids.size())
        return fail("the file is for " + std::to_string(count) + " units; the layer has " +
                    std::to_string(ids.size()));
    if (head.size() >= 4 && head[0] == "0" && !key.empty() && head[3] != key)
        return fail("the file names its units by " + head[3] + ", not by " + std::string(key) +
                    " (give --id " + head[3] + ")");

    auto unit = [&](const std::string& id) -> Result<uint32_t> {
        const auto found = unitOf.find(id);
        if (found == unitOf.end()) return fail("unit '" + id + "' is not in the layer's key field");
        return found->second;
    };
    std::vector<std::vector<uint32_t>> neighbours(count);
    std::vector<std::vector<double>> weights(count);
    if (gwt) {
        while (nextLine()) {
            const std::vector<std::string> w = words(line);
            double value = 0;
            if (w.size() != 3 || !toDouble(w[2], value))
                return fail("expected \"from to weight\", found \"" + line + "\"");
            if (value < 0) return fail("weight " + w[2] + " is below 0");
            Result<uint32_t> from = unit(w[0]), to = unit(w[1]);
            if (!from) return from.error();
            if (!to) return to.error();
            if (*from == *to) return fail("'" + w[0] + "' is given as its own neighbour");
            neighbours[*from].push_back(*to);
            weights[*from].push_back(value);
        }
    } else {
        std::vector<bool> given(count, false);
        for (size_t read = 0; read < count; ++read) {
            if (!nextLine())
                return fail("the file ends after " + std::to_string(read) + " of its " +
                            std::to_string(count) + " units");
            const std::vector<std::string> w = words(line);
            size_t k = 0;
            if (w.size() != 2 || !toSize(w[1], k))
                return fail("expected \"unit count\", found \"" + line + "\"");
            Result<uint32_t> from = unit(w[0]);
            if (!from) return from.error();
            if (given[*from]) return fail("'" + w[0] + "' has a second record");
            given[*from] = true;
            std::vector<std::string> list;
            if (k > 0) {
                if (!nextLine()) return fail("the neighbours of '" + w[0] + "' are missing");
                list = words(line);
            }
            if (list.size() != k)
                return fail("'" + w[0] + "' should have " + std::to_string(k) +
                            " neighbours; the line lists " + std::to_string(list.size()));
            for (const std::string& id : list) {
                Result<uint32_t> to = unit(id);
                if (!to) return to.error();
                if (*to == *from) return fail("'" + id + "' is given as its own neighbour");
                neighbours[*from].push_back(*to);
                weights[*from].push_back(1.0);
            }
        }
        if (nextLine()) return fail("more records than the header's " + std::to_string(count) + " units");
    }
    // Sorted by neighbour, weights kept with their neighbour.
    SpatialWeights out;
    out.neighbours.resize(count);
    out.weights.resize(count);
    for (size_t i = 0; i < count; ++i) {
        std::vector<size_t> order(neighbours[i].size());
        for (size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return neighbours[i][a] < neighbours[i][b]; });
        for (size_t k : order) {
            if (!out.neighbours[i].empty() && out.neighbours[i].back() == neighbours[i][k]) {
                lineNumber = 0;
                return Error{name + ": unit '" + ids[i] + "' lists neighbour '" + ids[neighbours[i][k]] +
                             "' twice"};
            }
            out.neighbours[i].push_back(neighbours[i][k]);
            out.weights[i].push_back(weights[i][k]);
        }
    }
    return out;
}

}  // namespace bashu
