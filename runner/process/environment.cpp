#include "runner/process/environment.hpp"

#include <array>
#include <cctype>
#include <unistd.h>

extern char** environ;

namespace tollgate {

EnvironmentMap current_environment() {
    EnvironmentMap env;
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
        const std::string entry = *e;
        const auto eq = entry.find('=');
        if (eq == std::string::npos || eq == 0) continue;
        env.emplace(entry.substr(0, eq), entry.substr(eq + 1));  // first definition wins, as getenv
    }
    return env;
}

bool is_secret_name(std::string_view name) {
    std::string upper(name);
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string_view n = upper;
    // Words that end credential names; matched as the whole name or after '_',
    // so MONKEY or COMPASS stay visible.
    constexpr std::array<std::string_view, 10> words = {"TOKEN", "SECRET", "PASSWORD",    "PASSWD",     "PASS",
                                                        "KEY",   "APIKEY", "CREDENTIALS", "CREDENTIAL", "PAT"};
    for (const auto word : words) {
        if (n == word) return true;
        if (n.size() > word.size() && n.ends_with(word) && n[n.size() - word.size() - 1] == '_') return true;
    }
    // The GitHub runner's channel to its services: tokens and where they are accepted.
    return n.starts_with("ACTIONS_RUNTIME_") || n.starts_with("ACTIONS_ID_TOKEN_");
}

EnvironmentMap gate_environment(const EnvironmentMap& inherited, const std::optional<std::vector<std::string>>& allow,
                                const EnvironmentMap& overrides, const std::vector<std::string>& pass) {
    EnvironmentMap env;
    if (!allow) {
        for (const auto& [name, value] : inherited) {
            if (!is_secret_name(name)) env.emplace(name, value);
        }
    } else {
        for (const auto& name : *allow) {
            if (const auto it = inherited.find(name); it != inherited.end()) env.insert(*it);
        }
        env.emplace("PATH", minimal_path);  // no-op when PATH was allowed and set
    }
    for (const auto& name : pass) {
        if (const auto it = inherited.find(name); it != inherited.end()) env[name] = it->second;
    }
    for (const auto& [name, value] : overrides) env[name] = value;
    return env;
}

}  // namespace tollgate
