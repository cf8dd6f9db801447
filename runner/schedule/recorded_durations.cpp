#include "runner/schedule/recorded_durations.hpp"

#include "runner/core/error.hpp"
#include "runner/core/recorded_seconds.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace tollgate {

std::map<std::string, Millis> parse_recorded_durations(std::string_view json_text, const std::string& name) {
    const auto bad = [&](const std::string& why) {
        return UsageError(name + ": not a tollgate results.json (" + why + ")",
                          "pass the results.json that 'tollgate run --report-dir DIR' wrote");
    };
    const auto doc = nlohmann::json::parse(json_text, nullptr, false);
    if (doc.is_discarded()) throw bad("invalid JSON");
    if (!doc.is_object() || !doc.contains("gates") || !doc["gates"].is_array()) throw bad("no 'gates' array");
    std::map<std::string, Millis> out;
    for (const auto& g : doc["gates"]) {
        if (!g.is_object() || !g.contains("id") || !g["id"].is_string()) throw bad("a gate without an 'id'");
        const auto status = g.value("status", std::string());
        if (status == "skipped" || status == "manual") continue;
        const auto it = g.find("duration_s");
        if (it == g.end() || !it->is_number()) continue;
        const auto ms = millis_from_seconds(it->get<double>());
        if (!ms) continue;
        out[g["id"].get<std::string>()] = *ms;
    }
    return out;
}

std::map<std::string, Millis> read_recorded_durations(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw EnvironmentError("cannot read durations file '" + path.string() + "': " + std::strerror(errno));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_recorded_durations(text.str(), path.string());
}

}  // namespace tollgate
