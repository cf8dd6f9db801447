#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// An environment as name → value.
using EnvironmentMap = std::map<std::string, std::string>;

/// PATH given to a gate with `env_allow` that does not allow PATH itself, so
/// the usual tools are still found while nothing else leaks in.
inline constexpr const char* minimal_path = "/usr/local/bin:/usr/bin:/bin";

/// tollgate's own environment (read once per run; it is inherited by gates).
EnvironmentMap current_environment();

/// True when `name` looks like a credential, so it is kept from gates unless
/// listed (SECURITY.md "Secrets"). Case-insensitive: the name is TOKEN,
/// SECRET, PASSWORD, PASSWD, PASS, KEY, APIKEY, CREDENTIALS, CREDENTIAL or
/// PAT, or ends in '_' plus one of them (GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY,
/// DB_PASSWORD, NPM_TOKEN), or starts with ACTIONS_RUNTIME_ or
/// ACTIONS_ID_TOKEN_ (the GitHub runner's job credentials and their URLs).
bool is_secret_name(std::string_view name);

/// The environment a gate sees. Without `allow`: `inherited` minus the
/// secret-looking names (is_secret_name). With `allow`: only the allowed
/// names that `inherited` has (listing a secret there passes it), plus PATH
/// (inherited when allowed, else minimal_path). Either way the names in
/// `pass` (the gate's `pass-env`) are passed when inherited, secret or not.
/// Then `overrides` (the gate's own `env`) are applied on top.
EnvironmentMap gate_environment(const EnvironmentMap& inherited, const std::optional<std::vector<std::string>>& allow,
                                const EnvironmentMap& overrides, const std::vector<std::string>& pass = {});

}  // namespace tollgate
