// The 32-bit FNV-1a hash: Quiz::content_hash is this hash of the content's raw bytes.
#pragma once

#include <cstdint>
#include <string_view>

namespace exposure {

std::uint32_t fnv1a_32(std::string_view bytes);

} // namespace exposure
