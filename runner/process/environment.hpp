#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// An environment as name → value.
using EnvironmentMap = std::map<std::string, std::string>;

/// PATH given to a gate with `env_allow` that does not allow PATH itself, so
/// the usual tools are still found while nothing else leaks in.
inline constexpr const char* minimal_path = "/usr/local/bin:/usr/bin:/bin";

/// tollgate's own environment (read once per run; it is inherited by gates).
EnvironmentMap current_environment();

/// The environment a gate sees. Without `allow`: all of `inherited`. With
/// `allow`: only the allowed names that `inherited` has, plus PATH (inherited
/// when allowed, else minimal_path). Then `overrides` are applied on top.
EnvironmentMap gate_environment(const EnvironmentMap& inherited,
                                const std::optional<std::vector<std::string>>& allow,
                                const EnvironmentMap& overrides);

}  // namespace tollgate
