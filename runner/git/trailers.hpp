#pragma once

// Commit trailers: the parser, and the one reader of the keys tollgate
// interprets (DESIGN §5): `Packet: ID` (the packet of a change or of a
// commit on base), `Verified: GATE-ID` (a manual gate's sign-off) and
// `Coordinated-With: OWNER` (coordination in a `coordinate` zone). Keys are
// matched in any case, as git matches trailer keys.

#include "runner/git/change_set.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One `Key: value` trailer of a commit message.
struct Trailer {
    std::string key;    ///< as written, without trailing spaces
    std::string value;  ///< trimmed; continuation lines joined with one space
    friend bool operator==(const Trailer&, const Trailer&) = default;
};

/// Parses the trailers of a commit message the way `git interpret-trailers
/// --parse --no-divider` does (git 2.39, default separators ":"): the trailer
/// block is the last paragraph after the title when it consists only of
/// trailers (and continuation lines), or holds a git-generated trailer
/// (`Signed-off-by: `, `(cherry picked from commit `) and at least 25 %
/// trailer lines. Lines starting with '#' are comments. Pure; no libgit2,
/// whose git_message_trailers predates the 25 % rule and so disagrees.
std::vector<Trailer> parse_trailers(std::string_view message);

/// The trailer keys tollgate interprets.
enum class TrailerKey { packet, verified, coordinated_with };

/// The key as the documentation writes it: "Packet", "Verified", "Coordinated-With".
std::string_view trailer_key_name(TrailerKey key);

/// True when `written` (a key as a commit spells it) is `key`, in any case.
bool is_trailer_key(std::string_view written, TrailerKey key);

/// The ids a list-valued trailer (`Verified:`, `Coordinated-With:`) names:
/// separated by commas, spaces or tabs, empty ones dropped, in written order.
std::vector<std::string> trailer_ids(std::string_view value);

/// The values of the `key` trailers in a commit's trailers, in order; blank ones dropped.
std::vector<std::string> trailer_values(const std::vector<Trailer>& trailers, TrailerKey key);
/// The same over a change commit's trailers.
std::vector<std::string> trailer_values(const std::multimap<std::string, std::string>& trailers, TrailerKey key);

/// The gates a change's `Verified:` trailers sign off, over all its commits.
std::set<std::string> verified_gates(const ChangeSet& change);

}  // namespace tollgate
