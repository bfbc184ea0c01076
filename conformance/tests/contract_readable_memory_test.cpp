// Tests of the contract's reading rule: a strided extent against its buffer (exhaustive over small layouts,
// against a brute-force walk of every element) and the element limit.
#include <gtest/gtest.h>

#include <vector>

#include "contract/readable_memory.hpp"

namespace conformance {
namespace {

// Every element's byte range checked one by one.
bool inside_by_brute_force(std::int64_t data, const std::vector<std::int64_t>& shape, const std::vector<std::int64_t>& strides,
                           std::int64_t itemsize, std::int64_t begin, std::int64_t size) {
    std::vector<std::int64_t> index(shape.size(), 0);
    for (std::int64_t n : shape)
        if (n == 0) return true;
    while (true) {
        std::int64_t offset = data;
        for (std::size_t i = 0; i < shape.size(); ++i) offset += index[i] * strides[i];
        if (offset < begin || offset + itemsize > begin + size) return false;
        std::size_t axis = shape.size();
        while (axis > 0 && ++index[axis - 1] == shape[axis - 1]) index[--axis] = 0;
        if (axis == 0) return true;
    }
}

TEST(ReadableMemory, ExtentAgreesWithBruteForceOverSmallLayouts) {
    int inside = 0;
    int outside = 0;
    const std::int64_t begin = 1000;
    for (std::int64_t size : {0, 8, 24, 40})
        for (std::int64_t data = begin - 16; data <= begin + 40; data += 8)
            for (std::int64_t n0 : {0, 1, 2, 3})
                for (std::int64_t n1 : {1, 2, 3})
                    for (std::int64_t s0 : {-16, -8, 0, 8, 24})
                        for (std::int64_t s1 : {-8, 0, 8}) {
                            const std::vector<std::int64_t> shape{n0, n1};
                            const std::vector<std::int64_t> strides{s0, s1};
                            const bool want = inside_by_brute_force(data, shape, strides, 8, begin, size);
                            EXPECT_EQ(inside_buffer(data, shape, strides, 8, begin, size), want)
                                << "data " << data << " shape (" << n0 << "," << n1 << ") strides (" << s0 << "," << s1
                                << ") buffer " << size;
                            ++(want ? inside : outside);
                        }
    EXPECT_GT(inside, 100);  // both outcomes occur
    EXPECT_GT(outside, 100);
}

TEST(ReadableMemory, HugeExtentsDoNotOverflow) {
    const std::vector<std::int64_t> shape{INT64_MAX / 2, 4};
    const std::vector<std::int64_t> strides{INT64_MAX / 4, 8};
    EXPECT_FALSE(inside_buffer(4096, shape, strides, 8, 4096, 1 << 20));
    EXPECT_TRUE(inside_buffer(4096, std::vector<std::int64_t>{INT64_MAX}, std::vector<std::int64_t>{0}, 8, 4096, 8));
}

TEST(ReadableMemory, ElementLimit) {
    EXPECT_NO_THROW(check_compared_size(max_compared_elements));
    EXPECT_THROW(check_compared_size(max_compared_elements + 1), std::length_error);
}

}  // namespace
}  // namespace conformance
