// What every screen needs: the services facade, the signed-in session and the run mode.
#pragma once

#include "common/Clock.h"
#include "services/Core.h"

namespace mt {

class SisdmkService;

struct UiContext
{
    Core &core;
    Session session;    // replaced on re-login after an idle lock
    bool demo = false;
    SisdmkService *sisdmk = nullptr; // SISDMK screens (issue 4); null: not shown
};

} // namespace mt
