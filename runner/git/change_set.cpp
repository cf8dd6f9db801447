#include "runner/git/change_set.hpp"

namespace tollgate {

std::string status_letter(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::added: return "A";
        case ChangeStatus::modified: return "M";
        case ChangeStatus::deleted: return "D";
        case ChangeStatus::renamed: return "R";
        case ChangeStatus::copied: return "C";
        case ChangeStatus::type_changed: return "T";
    }
    return "?";
}

std::string to_string(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::added: return "added";
        case ChangeStatus::modified: return "modified";
        case ChangeStatus::deleted: return "deleted";
        case ChangeStatus::renamed: return "renamed";
        case ChangeStatus::copied: return "copied";
        case ChangeStatus::type_changed: return "type_changed";
    }
    return "?";
}

}  // namespace tollgate
