package com.daren.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The app's feature packages (wecom, mp, sim, inbound, crm …) depend on each other without cycles. */
class ModuleStructureTest {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
        ApplicationModules.of(DarenApplication.class).verify();
    }
}
