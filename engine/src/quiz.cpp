// Look-ups on the quiz model, and the content hash.
#include "exposure/quiz.hpp"

#include "exposure/hash.hpp"

namespace exposure {

int Quiz::find_question(std::string_view question_id) const {
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if (questions[i].id == question_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int Quiz::find_category(std::string_view category_id) const {
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].id == category_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int find_option(const Question& question, std::string_view option_id) {
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        if (question.options[i].id == option_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::uint32_t fnv1a_32(std::string_view bytes) {
    std::uint32_t hash = 2166136261u;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace exposure
