// The Catch2 runner of cgsim_tests (the test cases live in tests/**/*.tests.cpp).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
