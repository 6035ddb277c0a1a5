// Compiles with core's include root alone: the control for forbidden_include.cpp.
#include "core/layer.h"

int main() { return bashu::Layer{}.featureCount() == 0 ? 0 : 1; }
