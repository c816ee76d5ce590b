// Answer classes: for analysis (lint.cpp, stats.cpp), the answers of a question that no
// condition can tell apart, and one candidate answer per class.
//
// Conditions only ever look at which options are chosen, and only at the options they name.
// So for a question, two answers that choose the same *named* options (and agree on whether
// they are a single option, which `is` on a multi question tests) behave the same in every
// condition; for stats they must also score the same points. Candidate lists keep one answer
// per such class, which makes exhaustive enumeration small where a naive one would explode
// (a 10-option multi has 1023 answers but usually a handful of classes).
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"

#include <vector>

namespace exposure::detail {

// Which options (per question) and which questions some condition names.
struct References {
    std::vector<std::vector<char>> options;
    std::vector<char> questions;

    explicit References(const Quiz& quiz);
    void add(const Condition& condition);
};

// The references of every show_if.
References show_if_references(const Quiz& quiz);

// The references of every show_if and every recommendation's when.
References condition_references(const Quiz& quiz);

struct Candidate {
    Answer answer;
    double points = 0;
};

struct CandidateList {
    std::vector<Candidate> items;
    bool complete = true; // false: too many classes, only some are listed
};

// One answer per class. `named`: the options conditions name. With use_points, answers with
// different points are different classes too.
CandidateList candidates(const Question& question, const std::vector<char>& named, bool use_points);

} // namespace exposure::detail
