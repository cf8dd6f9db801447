#include "runner/init/plan_refs.hpp"

#include "runner/init/yaml_text.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace tollgate {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::string> parse_plan_effort(std::string_view text) {
    static const std::regex effort(
        R"(^\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:(?:-|–|to)\s*([0-9]+(?:\.[0-9]+)?))?\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?)?\.?\s*$)",
        std::regex::icase);
    std::smatch m;
    const std::string s(text);
    if (!std::regex_match(s, m, effort)) return std::nullopt;
    const std::string unit = lower(m[3].str());
    auto number = [](const std::string& n, double factor) {
        const double v = std::stod(n) * factor;
        std::string out = std::to_string(v);
        out.erase(out.find_last_not_of('0') + 1);
        if (!out.empty() && out.back() == '.') out.pop_back();
        return out;
    };
    const bool weeks = !unit.empty() && unit[0] == 'w';
    const double factor = weeks ? 5.0 : 1.0;  // a working week
    std::string out = number(m[1].str(), factor);
    if (m[2].matched) out += "-" + number(m[2].str(), factor);
    out += (!unit.empty() && unit[0] == 'h') ? "h" : "d";
    return out;
}

std::vector<std::string> resolve_packet_refs(std::string_view text, const PlanDraft& draft, const std::string& self) {
    const std::string t = lower(text);
    std::vector<std::string> out;
    auto add = [&](const std::string& id) {
        if (id != self && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    const auto trimmed = t.find_first_not_of(" -–—");
    if (trimmed == std::string::npos || t.rfind("none", trimmed) == trimmed || t.rfind("n/a", trimmed) == trimmed) {
        return out;
    }
    if (t.find("all previous") != std::string::npos || t.find("all earlier") != std::string::npos) {
        for (const auto& p : draft.packets) {
            if (p.id == self) break;
            add(p.id);
        }
        return out;
    }
    if (t.find("all others") != std::string::npos || t.find("all other") != std::string::npos ||
        t.find("everything") != std::string::npos) {
        for (const auto& p : draft.packets) add(p.id);
        return out;
    }
    // Words and numbers; a label matches exactly, or as the start of a group ("3" -> 3a, 3b).
    static const std::regex word(R"([a-z0-9][a-z0-9._-]*)");
    for (auto it = std::sregex_iterator(t.begin(), t.end(), word); it != std::sregex_iterator(); ++it) {
        const std::string w = it->str();
        for (const auto& p : draft.packets) {
            if (lower(p.batch) == w || p.id == w) add(p.id);
        }
    }
    for (auto it = std::sregex_iterator(t.begin(), t.end(), word); it != std::sregex_iterator(); ++it) {
        const std::string w = it->str();
        bool exact = false;
        for (const auto& p : draft.packets) exact = exact || lower(p.batch) == w || p.id == w;
        if (exact || std::isdigit(static_cast<unsigned char>(w[0])) == 0) continue;
        for (const auto& p : draft.packets) {
            const auto label = lower(p.batch);
            if (label.size() > w.size() && label.rfind(w, 0) == 0 &&
                std::isalpha(static_cast<unsigned char>(label[w.size()])) != 0) {
                add(p.id);
            }
        }
    }
    // Packets without a batch label are named by their title or id in words
    // ("Query API depends on Schema").
    const std::string slug = "-" + slug_id(text) + "-";
    for (const auto& p : draft.packets) {
        if (!p.batch.empty()) continue;
        if (slug.find("-" + p.id + "-") != std::string::npos ||
            (p.title.size() >= 3 && slug.find("-" + slug_id(p.title) + "-") != std::string::npos)) {
            add(p.id);
        }
    }
    // Keep the draft's order, which is the plan's.
    std::vector<std::string> ordered;
    for (const auto& p : draft.packets) {
        if (std::find(out.begin(), out.end(), p.id) != out.end()) ordered.push_back(p.id);
    }
    return ordered;
}

std::optional<int> last_day_of(std::string_view text) {
    static const std::regex days(R"(\bdays?\s+([0-9]+)(?:\s*(?:-|–|to)\s*([0-9]+))?)", std::regex::icase);
    std::smatch m;
    const std::string s(text);
    if (!std::regex_search(s, m, days)) return std::nullopt;
    return std::stoi(m[2].matched ? m[2].str() : m[1].str());
}

}  // namespace tollgate
