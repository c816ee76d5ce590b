// The exclusive rule (exposure/quiz.hpp): an exclusive option of a multi question stands alone.
#include "test_quizzes.hpp"

#include "exposure/quiz.hpp"

#include <catch_amalgamated.hpp>

#include <vector>

using namespace exposure;
using namespace testq;

namespace {

// features of small_quiz(): a, b, c and the exclusive d.
const Question& features() {
    static const Quiz quiz = small_quiz();
    return quiz.questions[1];
}

} // namespace

TEST_CASE("an exclusive option alone keeps the exclusive rule", "[quiz]") {
    CHECK(exclusive_conflict(features(), {3}) == -1);
    CHECK_FALSE(breaks_exclusive(features(), {3}));
}

TEST_CASE("options that are not exclusive may be chosen together", "[quiz]") {
    CHECK_FALSE(breaks_exclusive(features(), {0, 1, 2}));
}

TEST_CASE("an exclusive option chosen with another breaks the rule and is named", "[quiz]") {
    CHECK(exclusive_conflict(features(), {0, 3}) == 3);
    CHECK(breaks_exclusive(features(), {0, 3}));
}

TEST_CASE("toggling a chosen option removes it", "[quiz]") {
    CHECK(toggle_option(features(), {0, 2}, 2) == std::vector<int>{0});
    CHECK(toggle_option(features(), {3}, 3).empty());
}

TEST_CASE("toggling an exclusive option on replaces the others", "[quiz]") {
    CHECK(toggle_option(features(), {0, 1}, 3) == std::vector<int>{3});
}

TEST_CASE("toggling another option on clears an exclusive one and keeps the answer sorted",
          "[quiz]") {
    CHECK(toggle_option(features(), {3}, 1) == std::vector<int>{1});
    CHECK(toggle_option(features(), {2}, 0) == std::vector<int>{0, 2});
}
