package com.daren.bot.sim;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Stops a production start-up that would expose the simulator. */
@Component
class SimulatorGuard {

    SimulatorGuard(SimulatorProperties properties, Environment environment) {
        if (properties.enabled() && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("daren.simulator.enabled (DAREN_SIMULATOR) is true under the 'prod' profile: "
                    + "the simulator lets anyone speak as any operator. Set DAREN_SIMULATOR=false.");
        }
    }
}
