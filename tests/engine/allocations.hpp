// Counting the heap allocations a piece of code makes: a measure of work that does not depend on
// the machine's speed or load, for tests that must tell linear from quadratic behaviour without a
// clock (tests/engine/allocations.cpp replaces the global operator new and delete to count).
#pragma once

#include <cstddef>

namespace test_support {

struct Allocations {
    std::size_t count = 0; // calls to operator new
    std::size_t bytes = 0; // bytes asked for
};

// Counts the allocations made between its construction and `taken()`. Not thread-safe: the tests
// that use it allocate on one thread.
class CountAllocations {
public:
    CountAllocations();
    ~CountAllocations();
    CountAllocations(const CountAllocations&) = delete;
    CountAllocations& operator=(const CountAllocations&) = delete;

    Allocations taken() const; // so far

private:
    Allocations start_;
};

} // namespace test_support
