# Third-party dependencies, found as CMake targets.
#
# - nlohmann/json: Debian's nlohmann-json3-dev (header-only).
# - Dear ImGui and Catch2: FetchContent, pinned by the sha256 of the upstream tarballs that
#   Debian's source packages carry. Their versions, tarball names and checksums are written once,
#   in build-scripts/pins, which build-scripts/setup reads too. Setup unpacks those tarballs into
#   .deps/ after checking the checksums, and we point FetchContent there, so nothing is downloaded
#   at configure time. Elsewhere, delete .deps/ and FetchContent downloads the same pinned
#   tarballs itself.
include(FetchContent)

set(EXPOSURE_DEPS_DIR ${PROJECT_SOURCE_DIR}/.deps CACHE PATH "Where build-scripts/setup unpacks sources")
set(EXPOSURE_PINS ${PROJECT_SOURCE_DIR}/build-scripts/pins)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${EXPOSURE_PINS})
file(STRINGS ${EXPOSURE_PINS} pin_rows)

foreach(dep imgui catch2)
  # A row: name, Debian source version, upstream tarball, sha256 (see build-scripts/pins).
  set(tarball "")
  set(sha256 "")
  foreach(row IN LISTS pin_rows)
    if(row MATCHES "^${dep}[ \t]+[^ \t]+[ \t]+([^ \t]+)[ \t]+([0-9a-f]+)[ \t]*$")
      set(tarball ${CMAKE_MATCH_1})
      set(sha256 ${CMAKE_MATCH_2})
    endif()
  endforeach()
  string(LENGTH "${sha256}" sha256_length)
  if(tarball STREQUAL "" OR NOT sha256_length EQUAL 64)
    message(FATAL_ERROR "${EXPOSURE_PINS} has no valid row for ${dep} "
                        "(name, Debian source version, upstream tarball, sha256)")
  endif()

  string(TOUPPER ${dep} DEP)
  if(NOT DEFINED FETCHCONTENT_SOURCE_DIR_${DEP} AND EXISTS ${EXPOSURE_DEPS_DIR}/${dep}/.sha256)
    file(STRINGS ${EXPOSURE_DEPS_DIR}/${dep}/.sha256 unpacked_sha256 LIMIT_COUNT 1)
    if(unpacked_sha256 STREQUAL sha256)
      set(FETCHCONTENT_SOURCE_DIR_${DEP} ${EXPOSURE_DEPS_DIR}/${dep})
    else()
      message(WARNING "${EXPOSURE_DEPS_DIR}/${dep} is not the source pinned in ${EXPOSURE_PINS}; "
                      "rerun build-scripts/setup. Downloading the pinned tarball instead.")
    endif()
  endif()

  # Debian's pool: main/<first letter of the source package>/<source package>/.
  string(SUBSTRING ${dep} 0 1 pool_letter)
  FetchContent_Declare(${dep}
    URL https://deb.debian.org/debian/pool/main/${pool_letter}/${dep}/${tarball}
    URL_HASH SHA256=${sha256})
endforeach()

# nlohmann/json. The wasm build must never see /usr/include (it would pull glibc headers into the
# Emscripten sysroot), so it gets a directory holding only a link to nlohmann/.
if(EMSCRIPTEN)
  find_path(EXPOSURE_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH
            NO_DEFAULT_PATH REQUIRED)
  set(link_dir ${CMAKE_BINARY_DIR}/nlohmann-include)
  file(MAKE_DIRECTORY ${link_dir})
  if(NOT EXISTS ${link_dir}/nlohmann)
    file(CREATE_LINK ${EXPOSURE_NLOHMANN_DIR}/nlohmann ${link_dir}/nlohmann SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${link_dir})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.11 REQUIRED)
endif()

# Catch2 from its amalgamated single file (extras/catch_amalgamated.{hpp,cpp}, with its default
# main), not its 100-file CMake project: the same library, compiled in a third of the time, and
# each test build (native, sanitizers, wasm) compiles it once. Tests include
# <catch_amalgamated.hpp>; extras/ also holds Catch.cmake for catch_discover_tests.
if(EXPOSURE_BUILD_TESTS)
  FetchContent_GetProperties(catch2)
  if(NOT catch2_POPULATED)
    FetchContent_Populate(catch2)
  endif()
  add_library(catch2_amalgamated STATIC ${catch2_SOURCE_DIR}/extras/catch_amalgamated.cpp)
  target_include_directories(catch2_amalgamated SYSTEM PUBLIC ${catch2_SOURCE_DIR}/extras)
  target_compile_features(catch2_amalgamated PUBLIC cxx_std_20)
  add_library(Catch2::Catch2WithMain ALIAS catch2_amalgamated)
  list(APPEND CMAKE_MODULE_PATH ${catch2_SOURCE_DIR}/extras)
endif()

if(EMSCRIPTEN)
  FetchContent_MakeAvailable(imgui)
endif()
