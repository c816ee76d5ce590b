// Session: the rules for changing answers, progress and navigation.
#include "test_quizzes.hpp"

#include "exposure/session.hpp"

#include <catch_amalgamated.hpp>

#include <initializer_list>

using namespace exposure;
using namespace testq;

namespace {

// A fresh session of small_quiz() for each test.
struct SmallQuizSession {
    const Quiz quiz = small_quiz();
    Session session{quiz};

    // Chooses `options` of `question` one after another, as a reader clicks them.
    void click(int question, std::initializer_list<int> options) {
        for (const int option : options) {
            session.choose(question, option);
        }
    }
};

} // namespace

TEST_CASE("a new session has every question unanswered", "[session]") {
    const Quiz quiz = small_quiz();
    const Session session(quiz);
    REQUIRE(session.answers().size() == quiz.questions.size());
    for (int q = 0; q < 4; ++q) {
        CHECK_FALSE(session.is_answered(q));
    }
}

TEST_CASE_METHOD(SmallQuizSession, "choosing on a single question selects that option",
                 "[session]") {
    session.choose(0, 1);
    CHECK(session.answer(0) == chosen({1}));
    session.choose(0, 2);
    CHECK(session.answer(0) == chosen({2}));
}

TEST_CASE_METHOD(SmallQuizSession, "choosing on a multi question toggles the option", "[session]") {
    click(1, {2, 0});
    CHECK(session.answer(1) == chosen({0, 2}));
    session.choose(1, 2);
    CHECK(session.answer(1) == chosen({0}));
}

TEST_CASE_METHOD(SmallQuizSession,
                 "untoggling the last option of a multi question leaves it unanswered",
                 "[session]") {
    click(1, {0, 0});
    CHECK(session.answer(1) == unanswered());
}

TEST_CASE_METHOD(SmallQuizSession, "an exclusive option clears the others", "[session]") {
    click(1, {0, 1});
    session.choose(1, 3); // "none of these"
    CHECK(session.answer(1) == chosen({3}));
}

TEST_CASE_METHOD(SmallQuizSession, "a non-exclusive option clears an exclusive one", "[session]") {
    click(1, {3, 2});
    CHECK(session.answer(1) == chosen({2}));
}

TEST_CASE_METHOD(SmallQuizSession, "out-of-range questions and options are ignored", "[session]") {
    click(0, {3, -1});
    session.choose(9, 0);
    session.choose(-1, 0);
    session.skip(42);
    session.clear(-3);
    CHECK(session.answers() == none(quiz));
}

TEST_CASE_METHOD(SmallQuizSession,
                 "a skippable question can be skipped and a skip counts as answered", "[session]") {
    session.choose(0, 1);
    session.skip(0);
    CHECK(session.answer(0) == skipped());
    CHECK(session.is_answered(0));
}

TEST_CASE_METHOD(SmallQuizSession, "skipping a question that is not skippable is ignored",
                 "[session]") {
    session.choose(3, 1);
    session.skip(3);
    CHECK(session.answer(3) == chosen({1}));
}

TEST_CASE_METHOD(SmallQuizSession, "choosing after a skip replaces the skip", "[session]") {
    session.skip(0);
    session.choose(0, 2);
    CHECK(session.answer(0) == chosen({2}));
}

TEST_CASE_METHOD(SmallQuizSession, "clear and reset forget answers", "[session]") {
    session.choose(0, 1);
    session.choose(3, 1);
    session.clear(0);
    CHECK_FALSE(session.is_answered(0));
    CHECK(session.is_answered(3));
    session.reset();
    CHECK(session.answers() == none(quiz));
}

TEST_CASE_METHOD(SmallQuizSession, "progress counts visible questions and the position among them",
                 "[session]") {
    session.choose(0, 0);
    Progress p = session.progress(3);
    CHECK(p.position == 3);
    CHECK(p.visible == 3);
    CHECK(p.answered == 1);
    CHECK(session.progress(2).position == 0); // hidden
    session.choose(1, 0);                     // shows backup
    p = session.progress(3);
    CHECK(p.position == 4);
    CHECK(p.visible == 4);
    CHECK(p.answered == 2);
}

TEST_CASE_METHOD(SmallQuizSession, "navigation steps over hidden questions", "[session]") {
    CHECK(session.next_visible(-1) == 0);
    CHECK(session.next_visible(1) == 3);
    CHECK(session.next_visible(3) == -1);
    CHECK(session.previous_visible(3) == 1);
    CHECK(session.previous_visible(0) == -1);
    session.choose(1, 0);
    CHECK(session.next_visible(1) == 2);
    CHECK(session.previous_visible(3) == 2);
}

TEST_CASE_METHOD(SmallQuizSession,
                 "the session is complete when every visible question is answered or skipped",
                 "[session]") {
    session.skip(0);
    session.choose(1, 2);
    CHECK_FALSE(session.is_complete());
    session.choose(3, 0);
    CHECK(session.is_complete()); // backup is hidden, so not needed
    session.choose(1, 0);         // now backup shows
    CHECK_FALSE(session.is_complete());
}

TEST_CASE_METHOD(SmallQuizSession, "hiding a question keeps its answer for when it shows again",
                 "[session]") {
    session.choose(1, 0);
    session.choose(2, 1);
    session.choose(1, 3); // hides backup
    CHECK_FALSE(session.is_visible(2));
    CHECK(session.answer(2) == chosen({1}));
    session.choose(1, 0);
    CHECK(session.is_visible(2));
}

TEST_CASE_METHOD(SmallQuizSession, "the session's report is the scoring of its answers",
                 "[session]") {
    session.choose(0, 2);
    session.choose(3, 1);
    const Report report = session.report();
    CHECK(report.score == 100.0);
    CHECK(report.answered == 2);
}

TEST_CASE("a session built from short answers pads them to the quiz", "[session]") {
    const Quiz quiz = small_quiz();
    const Session session(quiz, Answers{chosen({1})});
    CHECK(session.answers().size() == quiz.questions.size());
    CHECK(session.answer(0) == chosen({1}));
}
