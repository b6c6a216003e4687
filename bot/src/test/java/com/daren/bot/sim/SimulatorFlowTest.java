package com.daren.bot.sim;

import com.daren.bot.DarenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first steps, through the simulator API exactly as a script would drive it. */
@DarenIntegrationTest
class SimulatorFlowTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void operatorAddsAnInfluencerAndSeesItsTier() throws Exception {
        String added = say("operator", null, "/daren add @lily_flow platform=xiaohongshu followers=12000 tags=美妆,护肤");
        assertThat(added).contains("已添加达人").contains("mid").contains("腰部");

        String shown = say("operator", null, "/daren show @lily_flow");
        assertThat(shown).contains("@lily_flow").contains("档位：mid（腰部）").contains("粉丝 12,000");
    }

    @Test
    void chineseAliasesWorkLikeTheEnglishCommand() throws Exception {
        say("operator", null, "/达人 添加 @mega_star platform=抖音 粉丝=80万");
        assertThat(say("operator", null, "/达人 查看 mega_star")).contains("mega").contains("头部");
    }

    @Test
    void someoneWhoIsNotAnOperatorIsRefusedPolitely() throws Exception {
        String answer = say("lily_xhs", null, "/daren add @sneaky platform=douyin followers=100");
        assertThat(answer).contains("抱歉").contains("运营");
        assertThat(say("operator", null, "/daren show @sneaky")).contains("没有找到");
    }

    @Test
    void aWrongCommandGetsItsUsageLineInChineseAndEnglishWhenWrittenInEnglish() throws Exception {
        String answer = say("operator", null, "/daren add @lily platform=xiaohongshu");
        assertThat(answer.lines()).hasSize(2);
        assertThat(answer).contains("用法：/daren add").contains("Usage: /daren add");
    }

    @Test
    void repliesAreListedInTheOutbox() throws Exception {
        say("member_01", "demo-group", "/whoami");
        HttpResponse<String> outbox = http.send(HttpRequest.newBuilder(uri("/api/sim/outbox")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).contains("member_01").contains("demo-group");
    }

    @Test
    void aMessageWithoutSenderIsRefusedWith400() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/sim/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/help\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void theChatPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"transcript\"");
    }

    private String say(String sender, String group, String text) throws Exception {
        String json = "{\"sender\":\"" + sender + "\"," + (group == null ? "" : "\"group\":\"" + group + "\",")
                + "\"text\":\"" + text + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/sim/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return unescape(response.body());
    }

    private static String unescape(String json) {
        return json.replace("\\n", "\n");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
