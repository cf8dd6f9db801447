#include "runner/schedule/shard.hpp"

#include "runner/core/error.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace tollgate {

namespace {

bool parse_positive(std::string_view text, int& out) {
    if (text.empty()) return false;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && out >= 1;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

}  // namespace

Shard parse_shard(std::string_view text) {
    const auto slash = text.find('/');
    Shard shard;
    if (slash == std::string_view::npos || !parse_positive(text.substr(0, slash), shard.index) ||
        !parse_positive(text.substr(slash + 1), shard.count) || shard.index > shard.count) {
        throw UsageError("invalid shard '" + std::string(text) + "'",
                         "write --shard K/N with 1 <= K <= N, e.g. --shard 2/4");
    }
    return shard;
}

std::vector<int> assign_shards(const std::vector<std::string>& ids, const std::vector<std::vector<std::size_t>>& needs,
                               int count, const std::map<std::string, Millis>& durations) {
    const std::size_t n = ids.size();
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto need : needs[i]) parent[find_root(parent, i)] = find_root(parent, need);
    }

    // Unknown durations weigh the mean of the known ones (1 when none is known).
    long double known_sum = 0;
    std::size_t known = 0;
    for (const auto& id : ids) {
        if (const auto it = durations.find(id); it != durations.end()) {
            known_sum += static_cast<long double>(it->second.count());
            ++known;
        }
    }
    const long double fallback = known > 0 ? std::max<long double>(known_sum / known, 1) : 1;

    struct Component {
        long double weight = 0;
        std::string first_id;  // smallest id, for stable ties
        std::vector<std::size_t> members;
    };
    std::map<std::size_t, Component> by_root;
    for (std::size_t i = 0; i < n; ++i) {
        auto& c = by_root[find_root(parent, i)];
        const auto it = durations.find(ids[i]);
        c.weight +=
            it != durations.end() ? std::max<long double>(static_cast<long double>(it->second.count()), 1) : fallback;
        if (c.members.empty() || ids[i] < c.first_id) c.first_id = ids[i];
        c.members.push_back(i);
    }
    std::vector<Component> components;
    for (auto& [root, c] : by_root) components.push_back(std::move(c));
    std::sort(components.begin(), components.end(), [](const Component& a, const Component& b) {
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.first_id < b.first_id;
    });

    std::vector<long double> load(static_cast<std::size_t>(std::max(count, 1)), 0);
    std::vector<int> shard_of(n, 0);
    for (const auto& c : components) {
        const auto least = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
        load[least] += c.weight;
        for (const auto i : c.members) shard_of[i] = static_cast<int>(least);
    }
    return shard_of;
}

}  // namespace tollgate
