#pragma once
// One year's forum as the page shows it: who sat at the table (with what power), what each
// wanted, said before and after deliberating, whether it accepted the plan, and the plan by
// programme type and by kecamatan.
#include <nlohmann/json.hpp>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim::live {

nlohmann::json forum_json(const World& w, const Forum& forum);

// A seat's name for people: "Government (Bappeda)", the company's name, "MSME association 2" ...
std::string seat_name(const World& w, const Forum& forum, std::size_t participant);
// "government", "company", "msme", "civil".
const char* kind_key(ActorKind kind);

}  // namespace cgsim::live
