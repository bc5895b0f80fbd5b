// What every screen needs: the open workspace (its services), the signed-in session and the run mode.
#pragma once

#include "common/Clock.h"
#include "services/Workspace.h"

namespace mt {

class SisdmkService;

struct UiContext
{
    Workspace &ws;
    Session session;    // replaced on re-login after an idle lock
    bool demo = false;
    SisdmkService *sisdmk = nullptr; // SISDMK screens (issue 4); null: not shown
};

} // namespace mt
