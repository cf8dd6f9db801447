#pragma once

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

}  // namespace tollgate
