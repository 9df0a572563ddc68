#pragma once
// Reading HDF5 attributes of files we did not necessarily write: the type, shape and size are
// checked before anything is read, so a crafted file (an array where a scalar belongs, a huge
// string, a string where a number belongs) is refused as "not a valid cgsim file: attribute X"
// instead of overrunning a buffer.
#include <hdf5.h>

#include <optional>
#include <string>

namespace cgsim {

// The attribute `name` of `object`, or nothing if it is absent. Throws OutputError naming the
// attribute when it is not one integer (a scalar or a single element).
std::optional<long long> read_integer_attribute(hid_t object, const char* name);
// The same for one string (variable or fixed length, at most 16 MiB).
std::optional<std::string> read_string_attribute(hid_t object, const char* name);

}  // namespace cgsim
