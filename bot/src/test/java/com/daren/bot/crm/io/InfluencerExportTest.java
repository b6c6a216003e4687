package com.daren.bot.crm.io;

import com.daren.audit.AuditLog;
import com.daren.bot.DarenIntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.daren.bot.crm.io.TestHttp.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Exports through the REST API and the chat command, and what they give back when imported again. */
@DarenIntegrationTest
class InfluencerExportTest {

    private static final Pattern LINK = Pattern.compile("/api/exports/([A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private TestHttp http;
    private String tag;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        tag = "t" + UUID.randomUUID().toString().substring(0, 6);
        String csv = """
                昵称,账号,平台,粉丝数,互动率,平均点赞,标签,内容形式,受众年龄,受众性别,受众地区,手机号,微信号,负责人,合同到期
                莉莉,%1$s_lily,小红书,12000,8.5%%,300,"%1$s,美妆",图文,18-24,女,上海,13812345678,lily_wx,op_li,2026-12-31
                =cmd,%1$s_formula,抖音,800000,0.08345,,%1$s,,,,,,,,
                Mo,%1$s_mo,B站,5000,,,%1$s,,,,,,,,
                """.formatted(tag);
        assertThat(http.importFile("seed.csv", utf8(csv)).json().get("created").asInt()).isEqualTo(3);
    }

    @Test
    void anXlsxExportImportsBackWithNothingCreatedOrChanged() throws Exception {
        TestHttp.Answer file = http.get("/api/influencers/export?format=xlsx&tag=" + tag, TestHttp.OPERATOR_KEY);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        assertThat(file.header("Content-Disposition")).contains("attachment").contains(".xlsx");
        List<String> header = xlsxRows(file.bytes()).get(0);
        assertThat(header).startsWith("编号", "昵称", "账号", "平台", "粉丝数", "档位", "互动率");

        JsonNode again = http.importFile("export.xlsx", file.bytes()).json();

        assertThat(again.get("format").asString()).isEqualTo("XLSX");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).as(again.toString()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aCsvExportHasABomChineseHeadersAndImportsBackUnchanged() {
        TestHttp.Answer file = http.get("/api/influencers/export?tag=" + tag + "&sort=followers", TestHttp.OPERATOR_KEY);

        assertThat(file.header("Content-Type")).startsWith("text/csv");
        assertThat(file.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text.lines().toList().get(0)).startsWith("\uFEFF编号,昵称,账号,平台,粉丝数");
        assertThat(text.lines().toList().get(1)).contains("Mo," + tag + "_mo,B站,5000,micro（尾部）");
        assertThat(text).contains("'=cmd").contains("8.5%").contains("13812345678");

        JsonNode again = http.importFile("export.csv", file.bytes()).json();

        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).as(again.toString()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aViewerGetsPersonalDataMaskedAndItsReImportLeavesTheRealValuesAlone() {
        TestHttp.Answer file = http.get("/api/influencers/export?tag=" + tag, TestHttp.VIEWER_KEY);
        String text = new String(file.bytes(), StandardCharsets.UTF_8);

        assertThat(text).contains("138****5678").contains("li***x").doesNotContain("13812345678").doesNotContain("lily_wx");

        JsonNode again = http.importFile("masked.csv", file.bytes()).json();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(http.get("/api/influencers/export?tag=" + tag, TestHttp.OPERATOR_KEY).body()).contains("13812345678");
    }

    @Test
    void theChatCommandAnswersWithALinkToTheFileMaskedOutsideAnOperatorsDirectChat() throws Exception {
        String reply = http.simSay("operator", "demo-group", "/daren export tag=" + tag + " format=xlsx").body();

        assertThat(reply).contains("已导出 3 位达人（XLSX）").contains("打码");
        Matcher link = LINK.matcher(reply);
        assertThat(link.find()).as(reply).isTrue();
        TestHttp.Answer file = http.get("/api/exports/" + link.group(1), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Cache-Control")).contains("no-store");
        List<List<String>> rows = xlsxRows(file.bytes());
        assertThat(rows).hasSize(4);
        assertThat(rows.toString()).contains("138****5678").doesNotContain("13812345678");

        String direct = http.simSay("operator", null, "/daren export tag=" + tag).body();
        Matcher directLink = LINK.matcher(direct);
        assertThat(directLink.find()).isTrue();
        assertThat(http.get("/api/exports/" + directLink.group(1), null).body()).contains("13812345678");
    }

    @Test
    void anExportWithNoMatchesSaysSoAndAnUnknownLinkIs404() {
        assertThat(http.simSay("viewer", null, "/daren export tag=" + tag + "-none").body()).contains("没有符合条件的达人");
        TestHttp.Answer missing = http.get("/api/exports/AAAAAAAAAAAAAAAAAAAAAA", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void aLargeExportPagesThroughEveryMatch() {
        StringBuilder csv = new StringBuilder("账号,平台,粉丝数,标签\n");
        for (int i = 0; i < 450; i++) {
            csv.append(tag).append("_p").append(i).append(",微博,").append(100 + i).append(',').append(tag).append("-many\n");
        }
        http.importFile("many.csv", utf8(csv.toString()));

        TestHttp.Answer file = http.get("/api/influencers/export?tag=" + tag + "-many", TestHttp.VIEWER_KEY);

        assertThat(new String(file.bytes(), StandardCharsets.UTF_8).lines()).hasSize(451);
        assertThat(file.header("X-Total-Count")).isEqualTo("450");
        assertThat(audit.recent(20)).anyMatch(e -> e.command().equals("export") && e.actor().equals("viewer")
                && e.detail().equals("csv 450 of 450 rows, personal data masked"));
    }

    private static List<List<String>> xlsxRows(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             var rows = wb.getFirstSheet().openStream()) {
            return rows.map(InfluencerExportTest::cells).toList();
        }
    }

    private static List<String> cells(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }
}
