package com.daren.bot.crm.io;

import com.daren.bot.crm.InfluencerFields;
import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a sheet's bytes, headers and cells are read, without a server. */
class SheetReadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "昵称|name", "Name|name", "  NAME |name", "名字|name",
            "账号|handle", "Handle|handle", "平台|platform", "粉丝|followers", "粉丝数|followers",
            "互动率|er", "Engagement Rate|er", "engagement_rate|er", "ER|er", "标签|tags", "tag|tags",
            "平均点赞|likes", "Avg Likes|likes", "平均评论|comments", "内容形式|formats", "受众年龄|age",
            "受众性别|gender", "受众地区|region", "手机号|phone", "微信号|wechat", "负责人|owner", "合同到期|contract",
            "合同到期日|contract", "*平台|platform"})
    void chineseAndEnglishHeadersNameTheSameFields(String header, String field) {
        assertThat(FieldValues.match(ImportColumns.FIELDS, header)).map(s -> s.name()).hasValue(field);
    }

    @Test
    void columnsThatNameNoFieldAreIgnoredAndReported() {
        ImportColumns columns = ImportColumns.of(List.of("账号", "平台", "备注", "", "档位"));

        assertThat(columns.ignored()).containsExactly("备注", "档位");
    }

    @Test
    void twoColumnsForOneFieldOrNoKeyColumnsRefuseTheFile() {
        assertThatThrownBy(() -> ImportColumns.of(List.of("账号", "平台", "粉丝", "Followers")))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("both mean followers");
        assertThatThrownBy(() -> ImportColumns.of(List.of("账号", "粉丝")))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("platform");
    }

    @Test
    void cellsConvertWithTheCommandsRulesAndMaskedValuesAreLeftOut() {
        ImportColumns columns = ImportColumns.of(List.of("账号", "平台", "粉丝", "互动率", "手机号", "微信号", "昵称"));

        ParsedArgs args = columns.values(new SheetSource.SheetRow(2, List.of("@lily", "小红书", "1.2w", "8%", "138****5678", "li***x", "'=x")));

        assertThat(args.text("handle")).isEqualTo("lily");
        assertThat(args.count("followers")).isEqualTo(12_000);
        assertThat(args.optionalRate("er")).hasValue(0.08);
        assertThat(args.has(InfluencerFields.PHONE.name())).isFalse();
        assertThat(args.has(InfluencerFields.WECHAT.name())).isFalse();
        assertThat(args.text("name")).isEqualTo("=x");
        assertThatThrownBy(() -> columns.values(new SheetSource.SheetRow(3, List.of("a", "抖音", "many"))))
                .isInstanceOf(BadArgumentException.class).hasMessageContaining("followers 'many' is invalid");
    }

    @Test
    void textIsUtf8WhenValidAndOtherwiseGb18030() {
        assertThat(TextDecoding.decode("达人,a".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
        TextDecoding.Decoded gbk = TextDecoding.decode("达人,a".getBytes(TextDecoding.GB18030));
        assertThat(gbk.charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(gbk.text()).isEqualTo("达人,a");
        assertThat(TextDecoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0}).text()).isEqualTo("a,");
    }

    @Test
    void aTabSeparatedFileIsReadWithRowNumbersAsInExcel() {
        byte[] tsv = "账号\t平台\t粉丝\nlily\t抖音\t1\n\nann\t\"微\n博\"\t2\nbob\t抖音\t3\n".getBytes(StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        try (SheetSource source = SheetSource.open(tsv)) {
            assertThat(source.header()).containsExactly("账号", "平台", "粉丝");
            source.rows().forEachRemaining(r -> rows.add(r.number() + ":" + r.cell(0)));
        }
        assertThat(rows).containsExactly("2:lily", "3:", "4:ann", "5:bob");
    }

    @Test
    void ratesAreWrittenAsPercentagesOnlyWhenTheyReadBackExactly() {
        assertThat(ExportColumns.rateText(0.08)).isEqualTo("8%");
        assertThat(ExportColumns.rateText(0.085)).isEqualTo("8.5%");
        double odd = 0.1 + 0.2;
        assertThat(Double.parseDouble(ExportColumns.rateText(odd).replace("%", "")) / (ExportColumns.rateText(odd).endsWith("%") ? 100 : 1))
                .isEqualTo(odd);
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertThat(InfluencerImport.cleanFileName("C:\\Users\\me\\达人\n.csv")).isEqualTo("达人.csv");
        assertThat(InfluencerImport.cleanFileName(null)).isEqualTo("upload");
    }
}
