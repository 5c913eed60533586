// Catch2's main lives alone in this file so that it is compiled once, not with every test change.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
