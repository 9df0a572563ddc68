#include "cgsim/io/attribute_reader.hpp"

#include <cstring>
#include <vector>

#include "cgsim/io/hdf5_file.hpp"

namespace cgsim {
namespace {

constexpr std::size_t kMaxStringBytes = 16u << 20;

// Closes an HDF5 handle when it goes out of scope; a failed open is an invalid attribute.
struct Owned {
  hid_t id;
  herr_t (*close)(hid_t);
  ~Owned() {
    if (id >= 0) close(id);
  }
};

[[noreturn]] void invalid(const char* name, const std::string& expected) {
  throw OutputError(std::string("not a valid cgsim file: attribute ") + name + " (expected " + expected + ")");
}

// Opens the attribute and checks that it holds exactly one element of `type_class`.
hid_t open_single(hid_t object, const char* name, H5T_class_t type_class, const std::string& expected) {
  const hid_t attr = H5Aopen(object, name, H5P_DEFAULT);
  if (attr < 0) invalid(name, expected);
  Owned a{attr, H5Aclose};
  Owned space{H5Aget_space(attr), H5Sclose};
  Owned type{H5Aget_type(attr), H5Tclose};
  if (space.id < 0 || type.id < 0 || H5Sget_simple_extent_npoints(space.id) != 1 || H5Tget_class(type.id) != type_class)
    invalid(name, expected);
  a.id = -1;  // handed to the caller
  return attr;
}

}  // namespace

std::optional<long long> read_integer_attribute(hid_t object, const char* name) {
  if (H5Aexists(object, name) <= 0) return std::nullopt;
  Owned attr{open_single(object, name, H5T_INTEGER, "one integer"), H5Aclose};
  long long value = 0;
  if (H5Aread(attr.id, H5T_NATIVE_LLONG, &value) < 0) invalid(name, "one integer");
  return value;
}

std::optional<std::string> read_string_attribute(hid_t object, const char* name) {
  if (H5Aexists(object, name) <= 0) return std::nullopt;
  const std::string expected = "one string";
  Owned attr{open_single(object, name, H5T_STRING, expected), H5Aclose};
  Owned type{H5Aget_type(attr.id), H5Tclose};
  Owned memory{H5Tcopy(H5T_C_S1), H5Tclose};
  // HDF5 does not convert between character sets: read in the file's own.
  H5Tset_cset(memory.id, H5Tget_cset(type.id));
  if (H5Tis_variable_str(type.id) > 0) {
    H5Tset_size(memory.id, H5T_VARIABLE);
    char* value = nullptr;
    if (H5Aread(attr.id, memory.id, &value) < 0 || !value) invalid(name, expected);
    std::string out(value);
    H5free_memory(value);
    if (out.size() > kMaxStringBytes) invalid(name, "a string of at most 16 MiB");
    return out;
  }
  const std::size_t size = H5Tget_size(type.id);
  if (size == 0 || size > kMaxStringBytes) invalid(name, "a string of at most 16 MiB");
  H5Tset_size(memory.id, size);
  std::vector<char> buffer(size, '\0');
  if (H5Aread(attr.id, memory.id, buffer.data()) < 0) invalid(name, expected);
  return std::string(buffer.data(), strnlen(buffer.data(), size));
}

}  // namespace cgsim
