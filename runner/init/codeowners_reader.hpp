#pragma once

// A CODEOWNERS file read line by line for `tollgate init`: the rules in
// order with their owners, the comments where they stand, and every line
// GitHub would not honour, as a warning with its line.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One line of a CODEOWNERS file that `init` carries over.
struct CodeownersLine {
    enum class Kind { rule, comment, blank };
    Kind kind = Kind::blank;
    int line = 0;                     ///< 1-based
    std::string pattern;              ///< rule: the path pattern, unescaped as written
    std::vector<std::string> owners;  ///< rule: @user, @org/team or an e-mail; may be empty
    std::string comment;              ///< comment: the text after '#'; rule: a trailing comment
    bool supported = true;            ///< false: GitHub ignores this rule (see warnings)
};

/// A line GitHub does not honour, and why.
struct CodeownersWarning {
    int line = 0;
    std::string message;
};

/// A parsed CODEOWNERS file.
struct CodeownersFile {
    std::string path;  ///< as shown, relative to the repository root (".github/CODEOWNERS")
    std::vector<CodeownersLine> lines;
    std::vector<CodeownersWarning> warnings;
};

/// Reads CODEOWNERS text; `path` names it in the result.
CodeownersFile read_codeowners(std::string_view text, std::string path);

/// The CODEOWNERS file GitHub uses for the repository at `root`: the first of
/// .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS that exists, relative
/// to `root`; nullopt when there is none.
std::optional<std::string> find_codeowners(const std::filesystem::path& root);

}  // namespace tollgate
