// Replaces the global operator new and delete (all the forms C++20 lets a program replace) with
// malloc and free plus a counter. Sanitizer builds accept the replacement: every form here pairs
// malloc with free, so nothing is mismatched.
#include "allocations.hpp"

#include <cstdlib>
#include <new>

namespace {

test_support::Allocations g_total; // every allocation since the program started

void* allocate(std::size_t size, std::size_t alignment = 0) {
    g_total.count++;
    g_total.bytes += size;
    void* p = nullptr;
    if (alignment > alignof(std::max_align_t)) {
        const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
        p = std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded);
    } else {
        p = std::malloc(size == 0 ? 1 : size);
    }
    if (!p)
        throw std::bad_alloc();
    return p;
}

} // namespace

namespace test_support {

CountAllocations::CountAllocations() : start_(g_total) {}
CountAllocations::~CountAllocations() = default;

Allocations CountAllocations::taken() const {
    return {g_total.count - start_.count, g_total.bytes - start_.bytes};
}

} // namespace test_support

void* operator new(std::size_t size) {
    return allocate(size);
}
void* operator new[](std::size_t size) {
    return allocate(size);
}
void* operator new(std::size_t size, std::align_val_t alignment) {
    return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
    return allocate(size, static_cast<std::size_t>(alignment));
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
