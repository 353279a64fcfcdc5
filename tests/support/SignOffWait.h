#pragma once

#include <QtTest>

#include "ui/signoff/SignOffController.h"

// Waits until every sign-off asked for has been prepared: its records read on the pool, then a
// refusal reported, the test answer used, or the dialog open. Use after a click that signs.
#define COUNTERSIGN_WAIT_FOR_SIGN_OFFS() \
    QTRY_COMPARE_WITH_TIMEOUT(countersign::ui::SignOffController::preparing(), 0, 15000)
