package com.daren.bot.crm.io;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.bot.DarenIntegrationTest;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.daren.bot.crm.io.TestHttp.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing spreadsheets through the REST API and the simulator page, against a real Redis. */
@DarenIntegrationTest
class InfluencerImportTest {

    @LocalServerPort
    int port;

    @Autowired
    InfluencerStore store;

    @Autowired
    AuditLog audit;

    private TestHttp http;
    private String p;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        p = "t" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void goodRowsAreAddedAndEachBadRowIsRejectedWithItsRowNumberAndReason() {
        String csv = """
                昵称,账号,平台,粉丝数,标签
                Lily,@%1$s_lily,小红书,1.2w,美妆
                Ann,%1$s_ann,douyin,abc,护肤
                Bob,%1$s_bob,tiktok,5000,
                NoHandle,,weibo,100,
                Lily again,%1$s_LILY,xhs,13000,
                Max,%1$s_max,bilibili,"12,000",游戏
                """.formatted(p);

        JsonNode s = http.importFile("达人.csv", utf8(csv)).json();

        assertThat(s.get("rows").asInt()).isEqualTo(6);
        assertThat(s.get("created").asInt()).isEqualTo(2);
        assertThat(s.get("rejectedCount").asInt()).isEqualTo(4);
        assertThat(s.get("rejected").toString())
                .contains("{\"row\":3,\"reason\":\"粉丝数「abc」无效")
                .contains("{\"row\":4,\"reason\":\"不认识的平台「tiktok」")
                .contains("{\"row\":5,\"reason\":\"缺少账号\"")
                .contains("{\"row\":6,\"reason\":\"与第 2 行重复");
        Influencer lily = store.findByHandle(p + "_lily").get(0);
        assertThat(lily.followers()).isEqualTo(12_000);
        assertThat(lily.name()).isEqualTo("Lily");
        assertThat(lily.owner()).isEqualTo("op_li");
        assertThat(store.findByHandle(p + "_ann")).isEmpty();
        assertThat(store.findByHandle(p + "_max").get(0).followers()).isEqualTo(12_000);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String csv = "账号,平台,粉丝,互动率\n%1$s_a,抖音,1000,8%%\n%1$s_b,抖音,2000,0.05\n%1$s_c,微博,3k,\n".formatted(p);

        JsonNode first = http.importFile("a.csv", utf8(csv)).json();
        JsonNode second = http.importFile("a.csv", utf8(csv)).json();

        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void englishHeadersInAnyCaseAndTheUsualNumberFormatsAreRead() {
        String csv = "Name, HANDLE ,Platform,Followers,Engagement Rate,avg likes,Tags\n"
                + "Kay," + p + "_k,Douyin,12k,8%,1.5k,\"food, travel\"\n"
                + "Jo," + p + "_j,douyin,\"12,000\",0.08,300,food\n";

        JsonNode s = http.importFile("en.csv", utf8(csv)).json();

        assertThat(s.get("created").asInt()).as(s.toString()).isEqualTo(2);
        Influencer kay = store.findByHandle(p + "_k").get(0);
        assertThat(kay.followers()).isEqualTo(12_000);
        assertThat(kay.engagementRate()).isEqualTo(0.08);
        assertThat(kay.avgLikes()).isEqualTo(1_500);
        assertThat(kay.tags()).containsExactly("food", "travel");
        assertThat(store.findByHandle(p + "_j").get(0).engagementRate()).isEqualTo(0.08);
    }

    @Test
    void anExistingRecordTakesAnySubsetOfColumnsButANewOneNeedsFollowers() {
        http.importFile("new.csv", utf8("账号,平台,粉丝数,手机号\n" + p + "_s,小红书,5000,13800000000\n"));

        JsonNode s = http.importFile("update.csv", utf8("平台,账号,微信号,负责人\n小红书," + p + "_s,lily_wx,op_en\n小红书," + p + "_none,x_wx,\n")).json();

        assertThat(s.get("updated").asInt()).isEqualTo(1);
        assertThat(s.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(s.get("rejected").get(0).get("reason").asString()).isEqualTo("新达人需要粉丝数");
        Influencer updated = store.findByHandle(p + "_s").get(0);
        assertThat(updated.wechatId()).isEqualTo("lily_wx");
        assertThat(updated.owner()).isEqualTo("op_en");
        assertThat(updated.phone()).isEqualTo("13800000000");
        assertThat(updated.followers()).isEqualTo(5000);
    }

    @Test
    void aChineseExcelCsvInGb18030IsDecoded() {
        byte[] gbk = ("昵称,账号,平台,粉丝数,受众地区\n小美," + p + "_gbk,小红书,2万,上海\n").getBytes(Charset.forName("GB18030"));

        JsonNode s = http.importFile("gbk.csv", gbk).json();

        assertThat(s.get("created").asInt()).as(s.toString()).isEqualTo(1);
        Influencer i = store.findByHandle(p + "_gbk").get(0);
        assertThat(i.name()).isEqualTo("小美");
        assertThat(i.audienceRegion()).isEqualTo("上海");
        assertThat(i.followers()).isEqualTo(20_000);
    }

    @Test
    void anExcelWorkbookIsReadWithNumbersPercentagesAndDates() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "Excel", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
        String[] header = {"平台", "账号", "粉丝数", "互动率", "手机号", "合同到期"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "抖音");
        ws.value(1, 1, p + "_x");
        ws.value(1, 2, 250_000);
        ws.value(1, 3, 0.085);
        ws.style(1, 3).format("0.0%").set();
        ws.value(1, 4, 13912345678L);
        ws.value(1, 5, java.time.LocalDate.of(2026, 12, 31));
        ws.style(1, 5).format("yyyy-mm-dd").set();
        ws.value(3, 0, "抖音");
        ws.value(3, 1, p + "_y");
        ws.value(3, 2, "3万");
        wb.finish();

        JsonNode s = http.importFile("达人.xlsx", out.toByteArray()).json();

        assertThat(s.get("format").asString()).isEqualTo("XLSX");
        assertThat(s.get("created").asInt()).as(s.toString()).isEqualTo(2);
        Influencer x = store.findByHandle(p + "_x").get(0);
        assertThat(x.followers()).isEqualTo(250_000);
        assertThat(x.engagementRate()).isEqualTo(0.085);
        assertThat(x.phone()).isEqualTo("13912345678");
        assertThat(x.contractEnd()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(store.findByHandle(p + "_y").get(0).followers()).isEqualTo(30_000);
    }

    @Test
    void aUtf8CsvWithBomAndSemicolonsIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("账号;平台;粉丝数\n" + p + "_bom;B站;800\n");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        assertThat(http.importFile("bom.csv", file).json().get("created").asInt()).isEqualTo(1);
        assertThat(store.idOf(Platform.BILIBILI, p + "_bom")).isPresent();
    }

    @Test
    void aFileThatCannotBeImportedGetsOneClearLineAndWritesNothing() {
        assertProblem(http.importFile("empty.csv", new byte[0]), 400, "empty", "文件是空的");
        assertProblem(http.importFile("blank.csv", utf8("\n\n")), 400, "empty", "文件是空的");
        assertProblem(http.importFile("header.csv", utf8("账号,平台,粉丝数\n\n")), 400, "header_only", "只有表头");
        assertProblem(http.importFile("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}), 415,
                "unsupported_format", "CSV 或 XLSX");
        assertProblem(http.importFile("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), 415, "unsupported_format", ".xls");
        assertProblem(http.importFile("fake.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6}), 415,
                "unsupported_format", "CSV 或 XLSX");
        assertProblem(http.importFile("cols.csv", utf8("name,followers\nlily,100\n")), 400, "bad_header", "平台、账号");
        assertProblem(http.importFile("quote.csv", utf8("账号,平台,粉丝数\n" + p + "_q1,抖音,1\n" + p + "_q2,\"抖音,2\n")),
                400, "malformed", "第 3 行");
        assertThat(store.findByHandle(p + "_q1")).as("nothing of a broken file is imported").isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeItIsRead() {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        assertProblem(http.importFile("big.csv", big), 413, "too_large", "最大 20 MB");
        assertProblem(http.upload("/api/sim/import", null, "big.csv", big, Map.of("sender", "operator")), 413,
                "too_large", "最大 20 MB");
    }

    @Test
    void randomBinaryDataIsNotMistakenForGbkText() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == 0) {
                garbage[i] = 1;
            }
        }
        assertProblem(http.importFile("data.bin", garbage), 415, "unsupported_format", "CSV 或 XLSX");
    }

    @Test
    void aTenMegabyteFileIsImported() {
        StringBuilder csv = new StringBuilder("账号,平台,粉丝数,备注\n");
        String note = "很长的备注".repeat(350);
        int rows = 2_000;
        for (int i = 0; i < rows; i++) {
            csv.append(p).append("_big").append(i).append(",抖音,").append(1000 + i).append(',').append(note).append('\n');
        }
        byte[] file = utf8(csv.toString());
        assertThat(file.length).isGreaterThan(10 * 1024 * 1024);

        TestHttp.Answer answer = http.importFile("big.csv", file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(rows);
        assertThat(answer.json().get("ignoredColumns").toString()).contains("备注");
    }

    /** A team's whole list in one upload; how fast it goes is measured in docs/benchmarks.md, not here. */
    @Test
    void fiveThousandRowsImportInOneUpload() {
        StringBuilder csv = new StringBuilder("昵称,账号,平台,粉丝数,互动率,标签,手机号\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("达人").append(i).append(',').append(p).append("_r").append(i).append(",抖音,").append(1000 + 37L * i)
                    .append(',').append(i % 10).append("%,美妆,138").append(String.format("%08d", i)).append('\n');
        }

        JsonNode s = http.importFile("rate.csv", utf8(csv.toString())).json();

        assertThat(s.get("created").asInt()).isEqualTo(5_000);
    }

    @Test
    void theSimulatorUploadChecksTheSendersRoleAndAnswersAsTheBotWould() {
        byte[] csv = utf8("账号,平台,粉丝数\n" + p + "_sim,小红书,100\n" + p + "_sim2,小红书,x\n");

        TestHttp.Answer refused = http.upload("/api/sim/import", null, "s.csv", csv, Map.of("sender", "viewer"));
        TestHttp.Answer done = http.upload("/api/sim/import", null, "s.csv", csv, Map.of("sender", "operator"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("text").asString()).contains("抱歉").contains("运营");
        assertThat(audit.recent(20)).anyMatch(e -> e.actor().equals("viewer") && e.command().equals("import s.csv")
                && e.outcome().equals("refused"));
        assertThat(store.findByHandle(p + "_sim2")).isEmpty();
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("text").asString())
                .contains("导入完成：s.csv").contains("新增 1").contains("拒绝 1").contains("第 3 行：粉丝数「x」无效");
    }

    @Test
    void everyImportWritesOneAuditEntryWithWhoTheFileAndTheCounts() {
        String file = p + ".csv";
        http.importFile(file, utf8("账号,平台,粉丝数\n" + p + "_au,抖音,1\n" + p + "_au2,抖音,-\n"));

        AuditEntry entry = audit.recent(200).stream().filter(e -> e.command().equals("import " + file)).findFirst().orElseThrow();

        assertThat(entry.actor()).isEqualTo("op_li");
        assertThat(entry.channel()).isEqualTo("api");
        assertThat(entry.detail()).isEqualTo("CSV 2 rows: created 1, updated 0, unchanged 0, rejected 1 (rows 3)");
    }

    private static void assertProblem(TestHttp.Answer answer, int status, String error, String text) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("error").asString()).as(answer.body()).isEqualTo(error);
        assertThat(answer.json().get("message").asString()).contains(text).doesNotContain("Exception");
    }
}
