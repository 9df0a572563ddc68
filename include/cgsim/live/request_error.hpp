#pragma once
// A request the live view refuses: the HTTP status (always 4xx) and a message for the page.
#include <stdexcept>
#include <string>

namespace cgsim::live {

struct RequestError : std::runtime_error {
  RequestError(int status_code, const std::string& message) : std::runtime_error(message), status(status_code) {}
  int status;
};

}  // namespace cgsim::live
