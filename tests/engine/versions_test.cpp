// Published versions: the manifest, frozen files that must not change, and which version a share
// code was made on.
#include "test_quizzes.hpp"

#include "exposure/hash.hpp"
#include "exposure/quiz_json.hpp"
#include "exposure/share.hpp"
#include "exposure/versions.hpp"

#include <catch_amalgamated.hpp>

#include <string>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;

namespace {

PublishedVersion version_of(const Quiz& quiz, int number, const std::string& file) {
    PublishedVersion version;
    version.number = number;
    version.date = "2026-12-03";
    version.structure = structure_hash(quiz);
    version.scoring = scoring_hash(quiz);
    version.files["en"] = fnv1a_32(file);
    return version;
}

Quiz reweighted() {
    Quiz quiz = small_quiz();
    quiz.categories[0].weight += 1;
    return quiz;
}

VersionList two_versions() {
    VersionList list;
    list.quiz = small_quiz().id;
    list.versions.push_back(version_of(small_quiz(), 1, "file one"));
    list.versions.push_back(version_of(reweighted(), 2, "file two"));
    return list;
}

} // namespace

TEST_CASE("the versions manifest reads back as it was written", "[versions]") {
    const VersionList list = two_versions();
    const Outcome<VersionList> read = load_versions(write_versions(list));
    REQUIRE(read.ok());
    REQUIRE(read.value->versions.size() == 2);
    CHECK(read.value->quiz == list.quiz);
    for (std::size_t i = 0; i < 2; ++i) {
        const PublishedVersion& a = list.versions[i];
        const PublishedVersion& b = read.value->versions[i];
        CHECK(a.number == b.number);
        CHECK(a.date == b.date);
        CHECK(a.structure == b.structure);
        CHECK(a.scoring == b.scoring);
        CHECK(a.files == b.files);
    }
}

TEST_CASE("a manifest with its versions out of order is refused", "[versions]") {
    VersionList list = two_versions();
    std::swap(list.versions[0], list.versions[1]);
    const Outcome<VersionList> read = load_versions(write_versions(list));
    CHECK_FALSE(read.ok());
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK_THAT(read.diagnostics[0].message, ContainsSubstring("numbered 1, 2"));
}

TEST_CASE("a frozen file that changed, even by a byte, is version-edited", "[versions]") {
    const Quiz quiz = small_quiz();
    const std::string file = write_quiz(quiz, JsonStyle::Indented);
    const PublishedVersion version = version_of(quiz, 1, file);
    CHECK(check_frozen(version, "en", file, quiz).empty());
    const std::vector<Diagnostic> edited = check_frozen(version, "en", file + " ", quiz);
    REQUIRE(edited.size() == 1);
    CHECK(edited[0].code == DiagnosticCode::VersionEdited);
    CHECK_THAT(edited[0].message, ContainsSubstring("restore it from git"));
    CHECK(check_frozen(version, "fr", file, quiz).size() == 1);         // not in the manifest
    CHECK(check_frozen(version, "en", file, reweighted()).size() == 1); // another structure
}

TEST_CASE("a format-3 code names its version; codes of version 0 match by structure",
          "[versions]") {
    const VersionList list = two_versions();
    Quiz v1 = small_quiz();
    v1.published = 1;
    Quiz v2 = reweighted();
    v2.published = 2;
    const auto version = [&](const Quiz& quiz) {
        return version_of_share(*read_share_header(encode_share(quiz, none(quiz))).value, list);
    };
    CHECK(version(v1) == 1);
    CHECK(version(v2) == 2);
    CHECK(version(small_quiz()) == 1); // version 0: its structure is version 1's
    Quiz unknown = reweighted();
    unknown.categories[1].weight += 5;
    CHECK(version(unknown) == 0);
}

TEST_CASE("a code of another quiz matches no version", "[versions]") {
    VersionList list = two_versions();
    list.quiz = "another";
    CHECK(version_of_share(*read_share_header(encode_share(small_quiz(), none(small_quiz()))).value,
                           list) == 0);
}
