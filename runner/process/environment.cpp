#include "runner/process/environment.hpp"

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

EnvironmentMap gate_environment(const EnvironmentMap& inherited,
                                const std::optional<std::vector<std::string>>& allow,
                                const EnvironmentMap& overrides) {
    EnvironmentMap env;
    if (!allow) {
        env = inherited;
    } else {
        for (const auto& name : *allow) {
            if (const auto it = inherited.find(name); it != inherited.end()) env.insert(*it);
        }
        env.emplace("PATH", minimal_path);  // no-op when PATH was allowed and set
    }
    for (const auto& [name, value] : overrides) env[name] = value;
    return env;
}

}  // namespace tollgate
