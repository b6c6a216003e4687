package com.daren.bot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up refuses dangerous or broken settings, and says which key is wrong. */
class StartupChecksTest {

    /** Settings go in as command-line arguments, which win over config/application.yml like real ones do. */
    private static void start(String profile, String... settings) {
        String[] args = Stream.concat(Stream.of("--daren.redis.embedded.data-dir=", "--daren.templates.folder=",
                "--logging.level.root=OFF"), Arrays.stream(settings).map(s -> "--" + s)).toArray(String[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(DarenApplication.class).web(WebApplicationType.NONE);
        if (profile != null) {
            builder.profiles(profile);
        }
        builder.run(args).close();
    }

    @Test
    void prodProfileRefusesToStartWithTheSimulatorOn() {
        assertThatThrownBy(() -> start("prod", "daren.simulator.enabled=true"))
                .hasStackTraceContaining("DAREN_SIMULATOR");
    }

    @Test
    void aMalformedWeComAesKeyNamesTheKey() {
        assertThatThrownBy(() -> start(null, "daren.wecom.corp-id=ww1", "daren.wecom.agent-id=1000002",
                "daren.wecom.secret=s", "daren.wecom.token=t", "daren.wecom.aes-key=too-short"))
                .hasStackTraceContaining("daren.wecom")
                .hasStackTraceContaining("aesKey");
    }

    @Test
    void aHalfConfiguredWeComAppSaysWhatIsMissing() {
        assertThatThrownBy(() -> start(null, "daren.wecom.corp-id=ww1"))
                .hasStackTraceContaining("WECOM_AGENT_ID, WECOM_SECRET, WECOM_TOKEN and WECOM_AES_KEY must be set too");
    }

    @Test
    void aRoleThatDoesNotExistNamesTheRosterEntry() {
        assertThatThrownBy(() -> start(null, "daren.access.operators[0].id=x", "daren.access.operators[0].role=boss"))
                .hasStackTraceContaining("daren.access.operators[0].role");
    }
}
