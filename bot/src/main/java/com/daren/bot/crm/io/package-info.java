/**
 * Influencer import (CSV, XLSX) and export (CSV with BOM, XLSX): the services, the {@code /daren export} command,
 * the simulator's upload endpoint and the export download links. The REST endpoints in {@code api} use the public
 * services here, hence the named interface.
 */
@NamedInterface("io")
package com.daren.bot.crm.io;

import org.springframework.modulith.NamedInterface;
