// Published versions of a quiz: every result link opens forever.
//
// When a quiz's scoring structure changes (a point, a weight, a question, an option, a
// condition, a band edge, a fix), the links readers hold were made on the old one. So the quiz
// is published in versions: `exposure freeze content/QUIZ` writes the quiz as it is, in every
// language, to content/QUIZ/versions/N/LOCALE.json and records it in
// content/QUIZ/versions/versions.json. Nothing there is edited by hand: the manifest keeps the
// hash of each file as written, and `exposure versions` (run by the tests) fails on a file that
// changed, or when the quiz's structure is not that of its latest version, naming the command
// that publishes it. A share code (format 3) names the version it was made on, so any link opens
// scored exactly as it was. docs/scoring.md ("Versions") and content/README.md ("Publishing a
// new version") say more.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"
#include "exposure/share.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

struct PublishedVersion {
    int number = 0;                             // 1, 2, ...
    std::string date;                           // when it was frozen, "YYYY-MM-DD"
    std::uint32_t structure = 0;                // structure_hash (share.hpp) of its quiz
    std::uint32_t scoring = 0;                  // scoring_hash (share format 2 carries it)
    std::map<std::string, std::uint32_t> files; // locale -> fnv1a_32 of versions/N/LOCALE.json
};

// versions/versions.json: {"quiz": ID, "versions": [{"version", "date", "structure", "scoring",
// "files": {LOCALE: HASH}}]}, hashes as 8 lowercase hex digits, versions ascending from 1.
struct VersionList {
    std::string quiz;
    std::vector<PublishedVersion> versions;
};
Outcome<VersionList> load_versions(std::string_view json_text);
std::string write_versions(const VersionList& list);

// A frozen quiz file checked against its row in the manifest: it loads, its file hash and
// structure are those recorded, and its published number is set. Problems use code
// version-edited.
std::vector<Diagnostic> check_frozen(const PublishedVersion& version, std::string_view locale,
                                     std::string_view file_text, const Quiz& quiz);

// The published version a share code was made on (0 when none of `list` matches): format 3
// names it (and a version 0 code, made on an unpublished quiz, matches by structure); format 2
// carries the scoring hash of the version it was made on; format 1 the hash of the very file.
int version_of_share(const ShareHeader& header, const VersionList& list);

} // namespace exposure
